import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/schema';
import type { Cart, CartNotice } from '@/lib/cart/schema';
import { rowsOf } from '@/lib/db/rows';
import { carts, users, variantPrices } from '@/lib/db/schema';
import { makeUser } from '../support/accounts';
import { api, type ApiClient } from '../support/api';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
const COUNTRY = 'x-aisle-country';
const previousHeader = process.env.AISLE_GEO_COUNTRY_HEADER;

/** A browser of its own: its languages and the country the CDN puts in front of it. */
const browser = (acceptLanguage: string, country?: string): ApiClient =>
  api.guest().with({ headers: { 'accept-language': acceptLanguage, ...(country ? { [COUNTRY]: country } : {}) } });

type Item = { variantId: string; title: string };
/** Variants stocked at the JP warehouse, the KR warehouse and a KR store: every market can sell them. */
let items: Item[];
let krStore: string;

beforeAll(async () => {
  process.env.AISLE_GEO_COUNTRY_HEADER = COUNTRY;
  const rows = rowsOf(
    z.object({ variant_id: z.string(), title: z.string(), store_id: z.string() }),
    await db.db.execute(sql`
      SELECT v.id AS variant_id, p.title, ks.store_id FROM variants v JOIN products p ON p.id = v.product_id
      JOIN stock_levels jp ON jp.variant_id = v.id AND jp.location_id = 'loc_online_jp' AND jp.on_hand >= 5
      JOIN stock_levels kr ON kr.variant_id = v.id AND kr.location_id = 'loc_online' AND kr.on_hand >= 5
      JOIN stock_levels sg ON sg.variant_id = v.id AND sg.location_id = 'loc_online_sg' AND sg.on_hand >= 5
      JOIN LATERAL (
        SELECT l.store_id FROM stock_levels s JOIN inventory_locations l ON l.id = s.location_id
        JOIN stores st ON st.id = l.store_id AND st.country = 'KR'
        WHERE s.variant_id = v.id AND s.on_hand >= 5 ORDER BY l.store_id LIMIT 1
      ) ks ON true
      WHERE v.archived_at IS NULL AND p.status = 'active'
      ORDER BY v.id LIMIT 4`),
  );
  expect(rows.length).toBe(4);
  items = rows.map((r) => ({ variantId: r.variant_id, title: r.title }));
  krStore = rows[0]!.store_id;
  // Nothing in Japan (its warehouse, its stores) holds the last item: it cannot be sold there.
  const unsellable = rows[3]!.variant_id;
  await db.db.execute(sql`UPDATE stock_levels SET on_hand = 0, reserved = 0 WHERE variant_id = ${unsellable}
    AND location_id IN (SELECT l.id FROM inventory_locations l LEFT JOIN stores s ON s.id = l.store_id
      WHERE l.market = 'JP' OR s.country = 'JP')`);
});

afterAll(() => {
  if (previousHeader === undefined) delete process.env.AISLE_GEO_COUNTRY_HEADER;
  else process.env.AISLE_GEO_COUNTRY_HEADER = previousHeader;
});

const priceIn = async (variantId: string, market: string) =>
  (
    await db.db
      .select({ amount: variantPrices.amount, currency: variantPrices.currency })
      .from(variantPrices)
      .where(and(eq(variantPrices.variantId, variantId), eq(variantPrices.market, market)))
  )[0];

const addShip = (as: ApiClient, item: Item, quantity = 1) =>
  as.post<Cart>('/api/cart/lines', { variantId: item.variantId, quantity, fulfillment: { type: 'ship' } });

const accountMarket = async (user: SessionUser) =>
  (await db.db.select({ market: users.market }).from(users).where(eq(users.id, user.id)))[0]?.market ?? null;

const codes = (cart: Cart) => (cart.notices ?? []).map((n: CartNotice) => n.code);

describe(`the bag's market across devices, locales and sign-in (${DB_LABEL})`, () => {
  it('starts where the shopper is, and keeps its market and prices on another device and in another locale', async () => {
    const tokyo = browser('ja-JP,ja;q=0.9', 'JP');
    expect((await tokyo.get<{ current: string }>('/api/markets')).body.current).toBe('JP');
    const added = await addShip(tokyo, items[0]!, 2);
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ market: 'JP', currency: 'JPY' });
    expect(added.body.lines[0]!.unitPrice).toEqual(await priceIn(items[0]!.variantId, 'JP'));

    // The locale switch (the cookie the header's language control sets, an English browser) moves nothing.
    tokyo.cookies.set('aisle-locale', 'en');
    const english = await tokyo.get<Cart>('/api/cart', { headers: { 'accept-language': 'en-US' } });
    expect(english.body).toMatchObject({ market: 'JP', currency: 'JPY' });
    expect(english.body.lines[0]!.unitPrice).toEqual(added.body.lines[0]!.unitPrice);

    // Signing in: an account with no market yet adopts the bag's.
    const user = await makeUser(db.db, `tokyo-${Date.now()}@example.com`);
    const signedIn = await tokyo.as(user).get<Cart>('/api/cart');
    expect(signedIn.body).toMatchObject({ market: 'JP', currency: 'JPY' });
    expect(signedIn.body.lines.map((l) => [l.variantId, l.quantity])).toEqual([[items[0]!.variantId, 2]]);
    expect(codes(signedIn.body)).not.toContain('market_kept');
    expect(await accountMarket(user)).toBe('JP');
    await addShip(tokyo.as(user), items[1]!);

    // The installed app in Singapore, in English, on the same account: the same bag, the same yen.
    const singapore = browser('en-SG,en;q=0.9', 'SG').as(user);
    expect((await singapore.get<{ current: string }>('/api/markets')).body.current).toBe('JP');
    const there = await singapore.get<Cart>('/api/cart');
    expect(there.body).toMatchObject({ market: 'JP', currency: 'JPY' });
    expect(there.body.lines.map((l) => l.unitPrice)).toEqual(
      (await tokyo.as(user).get<Cart>('/api/cart')).body.lines.map((l) => l.unitPrice),
    );

    // Switched on the app, the bag and the account follow on the first device too.
    const switched = await singapore.put<Cart>('/api/cart/market', { market: 'SG' });
    expect(switched.status).toBe(200);
    expect(switched.body).toMatchObject({ market: 'SG', currency: 'SGD' });
    expect(switched.headers.get('set-cookie')).toMatch(/aisle-market=SG/);
    expect(await accountMarket(user)).toBe('SG');
    const back = await tokyo.as(user).get<Cart>('/api/cart');
    expect(back.body).toMatchObject({ market: 'SG', currency: 'SGD' });
    expect(back.body.lines.map((l) => l.unitPrice)).toEqual([
      await priceIn(items[0]!.variantId, 'SG'),
      await priceIn(items[1]!.variantId, 'SG'),
    ]);
    expect(back.body.total.currency).toBe('SGD');
  });

  it("keeps the account's market at sign-in, re-pricing the guest's lines and saying so", async () => {
    const user = await makeUser(db.db, `seoul-${Date.now()}@example.com`);
    await db.db.update(users).set({ market: 'KR' }).where(eq(users.id, user.id));
    const guest = browser('ja-JP', 'JP');
    const added = await addShip(guest, items[2]!);
    expect(added.body.market).toBe('JP');
    const merged = await guest.as(user).get<Cart>('/api/cart');
    expect(merged.body).toMatchObject({ market: 'KR', currency: 'KRW' });
    expect(merged.body.lines[0]!.unitPrice).toEqual(await priceIn(items[2]!.variantId, 'KR'));
    const notices = merged.body.notices ?? [];
    expect(notices).toContainEqual({ code: 'market_kept', market: 'KR' });
    expect(notices).toContainEqual(
      expect.objectContaining({
        code: 'price_changed',
        from: await priceIn(items[2]!.variantId, 'JP'),
        to: await priceIn(items[2]!.variantId, 'KR'),
      }),
    );
    expect(await accountMarket(user)).toBe('KR');
  });

  it('says nothing of prices when the guest shopped in the account’s own market', async () => {
    const user = await makeUser(db.db, `same-${Date.now()}@example.com`);
    await db.db.update(users).set({ market: 'JP' }).where(eq(users.id, user.id));
    const guest = browser('ja-JP', 'JP');
    await addShip(guest, items[2]!);
    const merged = await guest.as(user).get<Cart>('/api/cart');
    expect(merged.body.market).toBe('JP');
    expect(codes(merged.body)).not.toContain('market_kept');
    expect(codes(merged.body)).not.toContain('price_changed');
  });
});

describe(`PUT /api/cart/market (${DB_LABEL})`, () => {
  it('re-prices the bag, delivers pickups outside the market, drops what it cannot sell, and says each', async () => {
    const seoul = browser('ko-KR', 'KR');
    await addShip(seoul, items[0]!);
    const pickup = await seoul.post<Cart>('/api/cart/lines', {
      variantId: items[1]!.variantId,
      quantity: 1,
      fulfillment: { type: 'pickup', storeId: krStore },
    });
    expect(pickup.status).toBe(200);
    await addShip(seoul, items[3]!);
    const before = await seoul.get<Cart>('/api/cart');
    expect(before.body).toMatchObject({ market: 'KR', currency: 'KRW', pickupStoreId: krStore });

    const key = `switch-${Date.now()}`;
    const switched = await seoul.put<Cart>('/api/cart/market', { market: 'JP' }, { idempotencyKey: key });
    expect(switched.status).toBe(200);
    const cart = switched.body;
    expect(cart).toMatchObject({ market: 'JP', currency: 'JPY', pickupStoreId: null });
    expect(cart.version).toBeGreaterThan(before.body.version);
    expect(cart.lines.map((l) => [l.variantId, l.fulfillment.type, l.unitPrice])).toEqual([
      [items[0]!.variantId, 'ship', await priceIn(items[0]!.variantId, 'JP')],
      [items[1]!.variantId, 'ship', await priceIn(items[1]!.variantId, 'JP')],
    ]);
    expect(cart.subtotal.currency).toBe('JPY');
    const notices = cart.notices ?? [];
    expect(notices[0]).toEqual({ code: 'market_changed', market: 'JP' });
    expect(notices).toContainEqual(
      expect.objectContaining({ code: 'dropped_for_market', market: 'JP', title: items[3]!.title }),
    );
    expect(notices).toContainEqual(
      expect.objectContaining({ code: 'moved_to_market_delivery', market: 'JP', title: items[1]!.title, count: 1 }),
    );
    for (const item of items.slice(0, 2)) {
      expect(notices).toContainEqual(
        expect.objectContaining({
          code: 'price_changed',
          title: item.title,
          from: await priceIn(item.variantId, 'KR'),
          to: await priceIn(item.variantId, 'JP'),
        }),
      );
    }

    // The same request again (a retry) is the same answer, and changes nothing.
    const again = await seoul.put<Cart>('/api/cart/market', { market: 'JP' }, { idempotencyKey: key });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(cart);
    expect((await seoul.get<Cart>('/api/cart')).body.version).toBe(cart.version);
    // The header's market follows the bag from now on.
    expect((await seoul.get<{ current: string }>('/api/markets')).body.current).toBe('JP');
  });

  it("removes a code that is another market's, and says so", async () => {
    const seoul = browser('ko-KR', 'KR');
    const added = await addShip(seoul, items[0]!);
    // AISLE20K is one of the KR market's codes (the seed's).
    await db.db.update(carts).set({ offerCode: 'AISLE20K' }).where(eq(carts.id, added.body.id!));
    expect((await seoul.get<Cart>('/api/cart')).body.offerCode?.code).toBe('AISLE20K');
    const switched = await seoul.put<Cart>('/api/cart/market', { market: 'JP' });
    expect(switched.body.offerCode).toBeNull();
    expect(switched.body.notices).toContainEqual({ code: 'offer_code_dropped', market: 'JP', offerCode: 'AISLE20K' });
  });

  it('drops a line that has no price in the new market', async () => {
    const seoul = browser('ko-KR', 'KR');
    await addShip(seoul, items[0]!);
    await addShip(seoul, items[2]!);
    await db.db
      .delete(variantPrices)
      .where(and(eq(variantPrices.variantId, items[2]!.variantId), eq(variantPrices.market, 'US')));
    const switched = await seoul.put<Cart>('/api/cart/market', { market: 'US' });
    expect(switched.body).toMatchObject({ market: 'US', currency: 'USD' });
    expect(switched.body.lines.map((l) => l.variantId)).toEqual([items[0]!.variantId]);
    expect(switched.body.notices).toContainEqual(
      expect.objectContaining({ code: 'dropped_for_market', market: 'US', title: items[2]!.title }),
    );
  });

  it('refuses a market it does not have, as JSON, and writes nothing', async () => {
    const seoul = browser('ko-KR', 'KR');
    const added = await addShip(seoul, items[0]!);
    for (const body of [{ market: 'FR' }, { market: 'jp' }, {}, { market: null }]) {
      const refused = await seoul.put('/api/cart/market', body);
      expect(refused.status, JSON.stringify(body)).toBe(422);
      expect(refused.body.error?.code).toBe('invalid_request');
      expect(refused.body.error?.fields?.market).toBeDefined();
    }
    const [row] = await db.db.select().from(carts).where(eq(carts.id, added.body.id!));
    expect(row).toMatchObject({ market: 'KR', currency: 'KRW', version: added.body.version });
  });

  it('a guest with no bag yet gets one in the chosen market, and the cookie', async () => {
    const visitor = browser('en-US', 'US');
    expect((await visitor.get<{ current: string }>('/api/markets')).body.current).toBe('US');
    expect((await visitor.get<Cart>('/api/cart')).body).toMatchObject({ id: null, market: 'US', currency: 'USD' });
    const chosen = await visitor.put<Cart>('/api/cart/market', { market: 'SG' });
    expect(chosen.status).toBe(200);
    expect(chosen.body).toMatchObject({ market: 'SG', currency: 'SGD', lines: [] });
    expect(visitor.cookies.get('aisle-market')).toBe('SG');
    expect((await addShip(visitor, items[0]!)).body.market).toBe('SG');
  });

  it('lists the markets with their currencies, locales and tax display', async () => {
    const answer = await api.get<{ markets: unknown[]; current: string }>('/api/markets?market=us');
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    expect(answer.body.current).toBe('US');
    expect(answer.body.markets).toEqual([
      {
        code: 'KR',
        currency: 'KRW',
        locales: ['ko', 'en'],
        defaultLocale: 'ko',
        taxInclusive: true,
        phoneRegion: 'KR',
      },
      {
        code: 'JP',
        currency: 'JPY',
        locales: ['ja', 'en'],
        defaultLocale: 'ja',
        taxInclusive: true,
        phoneRegion: 'JP',
      },
      { code: 'SG', currency: 'SGD', locales: ['en'], defaultLocale: 'en', taxInclusive: true, phoneRegion: 'SG' },
      { code: 'US', currency: 'USD', locales: ['en'], defaultLocale: 'en', taxInclusive: false, phoneRegion: 'US' },
    ]);
    expect((await api.get('/api/markets?market=FR')).status).toBe(422);
  });
});
