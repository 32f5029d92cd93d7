import { count, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as addCode, DELETE as removeCode } from '@/app/api/cart/offer-code/route';
import { GET as getCart } from '@/app/api/cart/route';
import { POST as checkout } from '@/app/api/checkout/route';
import { GET as listOffers } from '@/app/api/offers/route';
import { POST as redeem } from '@/app/api/pos/offers/redeem/route';
import type { Cart } from '@/lib/cart/schema';
import { provideDb } from '@/lib/db';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { carts, offerRedemptions, offers, orders, stores, variants } from '@/lib/db/schema';
import { stableId } from '@/lib/ids';
import type { Offer } from '@/lib/offers/schema';
import type { Order } from '@/lib/orders/schema';
import { acting } from '../support/acting-user';
import { callRoute } from '../support/call-route';
import { guestCartWith, pickStoreVariant, pickupCheckout, setStock } from '../support/checkout-fixtures';
import { signedPosInit } from '../support/pos-request';
import { createTestDb, type TestDb } from '../support/test-db';

vi.mock('@/lib/auth/session', () => ({ getSessionUser: async () => acting.user }));

let db: TestDb;
let item: Awaited<ReturnType<typeof pickStoreVariant>> & { price: number };
const SEONGSU = { lat: 37.5445, lng: 127.0557, id: stableId('str', 'seongsu') };
/** About 800 m north of Aisle Seongsu. */
const nearSeongsu = { lat: SEONGSU.lat + 800 / 111_195, lng: SEONGSU.lng };

beforeAll(async () => {
  db = await createTestDb();
  provideDb(db);
  item = { ...(await pickStoreVariant(db.db, 7)), price: 0 };
  const [v] = await db.db.select().from(variants).where(eq(variants.id, item.variantId));
  item.price = v!.priceAmount;
  await setStock(db.db, item.locationId, item.variantId, 200);
  acting.user = null;
});
afterAll(async () => {
  provideDb(undefined);
  await db.drop();
});

const json = (method: string, body: unknown, headers: Record<string, string> = {}) => ({
  init: { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } },
});
type Placed = { order: Order; error?: { code: string; total?: { amount: number } } };
const placeOrder = (token: string, body: unknown, headers: Record<string, string> = {}) =>
  callRoute<Placed>(checkout, '/api/checkout', {
    init: {
      method: 'POST',
      body: JSON.stringify(body),
      headers: {
        'content-type': 'application/json',
        cookie: `aisle-cart=${token}`,
        'idempotency-key': crypto.randomUUID(),
        ...headers,
      },
    },
  });
const cartOf = (token: string, headers: Record<string, string> = {}) =>
  callRoute<Cart>(getCart, '/api/cart', { init: { headers: { cookie: `aisle-cart=${token}`, ...headers } } });

describe('GET /api/offers', () => {
  it('gives the near-store offer with its distance as the reason near the store, and not far away', async () => {
    const near = await callRoute<{ offers: Offer[] }>(
      listOffers,
      `/api/offers?lat=${nearSeongsu.lat}&lng=${nearSeongsu.lng}`,
    );
    expect(near.status).toBe(200);
    expect(near.headers.get('cache-control')).toBe('private, no-store');
    const seongsu = near.body.offers.find((o) => o.reasonDetail.kind === 'near_store');
    expect(seongsu).toMatchObject({ title: 'Seongsu neighbours: 10% off', reason: '800 m from Aisle Seongsu' });
    expect(near.body.offers[0]!.id).toBe(seongsu!.id);
    // Codes for everyone are listed too, with their code.
    expect(near.body.offers.find((o) => o.code === 'WELCOME10')?.reason).toBe('For everyone');

    const far = await callRoute<{ offers: Offer[] }>(listOffers, '/api/offers?lat=35.1631&lng=129.1636');
    expect(far.body.offers.some((o) => o.title.startsWith('Seongsu'))).toBe(false);
    expect(far.body.offers.map((o) => o.reason)).toEqual(
      expect.arrayContaining(['Offer for Busan', expect.stringMatching(/from Aisle Haeundae$/)]),
    );
    expect((await callRoute(listOffers, '/api/offers?lat=37.5')).status).toBe(422);
    expect((await callRoute(listOffers, '/api/offers?lat=abc&lng=1')).status).toBe(422);
  });

  it('uses the chosen store when there is no position', async () => {
    const res = await callRoute<{ offers: Offer[] }>(listOffers, `/api/offers?storeId=${SEONGSU.id}`);
    expect(res.body.offers[0]).toMatchObject({ reason: 'At Aisle Seongsu' });
  });
});

describe('offers in the cart and at checkout', () => {
  it('applies the near-store offer in the cart and in the order total, and refuses a tampered total', async () => {
    const { token } = await guestCartWith(db.db, item, 1);
    const far = await cartOf(token, { 'x-aisle-location': '35.1631,129.1636' });
    expect(far.body.discounts).toEqual([]);
    const near = await cartOf(token, { 'x-aisle-location': `${nearSeongsu.lat},${nearSeongsu.lng}` });
    const tenth = Math.floor(item.price / 10);
    expect(near.body.discounts).toMatchObject([{ title: 'Seongsu neighbours: 10% off', amount: { amount: tenth } }]);
    expect(near.body.total.amount).toBe(item.price - tenth);
    expect(near.headers.get('etag')).not.toBe(far.headers.get('etag'));

    const headers = { 'x-aisle-location': `${nearSeongsu.lat},${nearSeongsu.lng}` };
    const tampered = await placeOrder(token, { ...pickupCheckout, expectedTotal: 1 }, headers);
    expect(tampered.status).toBe(409);
    expect(tampered.body.error).toMatchObject({ code: 'offers_changed', total: { amount: item.price - tenth } });
    const ok = await placeOrder(token, { ...pickupCheckout, expectedTotal: item.price - tenth }, headers);
    expect(ok.status).toBe(201);
    expect(ok.body.order).toMatchObject({
      subtotal: { amount: item.price },
      total: { amount: item.price - tenth },
      discounts: [{ title: 'Seongsu neighbours: 10% off', amount: { amount: tenth } }],
    });
    const [redemption] = await db.db
      .select()
      .from(offerRedemptions)
      .where(eq(offerRedemptions.orderId, ok.body.order.id));
    expect(redemption).toMatchObject({ channel: 'online', amount: tenth });
  });

  it('takes a code, says when it does not apply, and drops an offer the shopper moved away from', async () => {
    const { token } = await guestCartWith(db.db, item, 1);
    const cookie = { cookie: `aisle-cart=${token}` };
    const unknown = await callRoute<Cart & { error?: { code: string } }>(
      addCode,
      '/api/cart/offer-code',
      json('POST', { code: 'nope-123' }, cookie),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.error?.code).toBe('offer_code_unknown');
    const added = await callRoute<Cart>(addCode, '/api/cart/offer-code', json('POST', { code: 'welcome10' }, cookie));
    expect(added.status).toBe(200);
    expect(added.body.offerCode).toEqual({ code: 'WELCOME10', status: 'applied' });
    expect(added.body.discounts.map((d) => d.code)).toEqual(['WELCOME10']);
    // A returning customer's e-mail is found at checkout: the first-order code does not apply, and nothing is placed.
    await db.db.insert(orders).values({
      id: 'ord_previous',
      number: 'AI-261001-PREV1',
      channel: 'online',
      status: 'collected',
      email: 'returning@example.com',
      currency: 'KRW',
      subtotal: 1000,
      total: 1000,
      paymentMethod: 'pay_at_pickup',
      paymentStatus: 'paid',
      placedAt: new Date('2026-10-01'),
    });
    const refused = await placeOrder(token, {
      ...pickupCheckout,
      contact: { email: 'returning@example.com' },
      expectedTotal: added.body.total.amount,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error?.total?.amount).toBe(item.price);
    const removed = await callRoute<Cart>(removeCode, '/api/cart/offer-code', {
      init: { method: 'DELETE', headers: cookie },
    });
    expect(removed.body.offerCode).toBeNull();
    expect(removed.body.total.amount).toBe(item.price);
  });
});

describe('usage limits under concurrency', () => {
  it('honours a code with a limit of 3 exactly 3 times across 30 parallel checkouts and till redemptions', async () => {
    const [store] = await db.db.select().from(stores).where(eq(stores.id, item.storeId));
    await db.db.insert(offers).values({
      id: 'off_limit3',
      title: '₩1,000 off, three times',
      description: 'Test code',
      code: 'LIMIT3',
      discountType: 'fixed',
      discountValue: 1000,
      currency: 'KRW',
      startsAt: new Date('2026-01-01'),
      endsAt: null,
      channels: 'both',
      audience: 'everyone',
      usageLimit: 3,
      targetKind: 'everywhere',
    });
    const tokens = [];
    for (let i = 0; i < 20; i++) {
      const { token, cartId } = await guestCartWith(db.db, item, 1);
      await db.db.update(carts).set({ offerCode: 'LIMIT3' }).where(eq(carts.id, cartId));
      tokens.push(token);
    }
    const web = tokens.map((token, i) =>
      placeOrder(token, {
        ...pickupCheckout,
        contact: { email: `limit-${i}@example.com` },
        expectedTotal: item.price - 1000,
      }).then((r) => ({ via: 'web', status: r.status })),
    );
    const till = Array.from({ length: 10 }, (_, i) =>
      callRoute(
        redeem,
        '/api/pos/offers/redeem',
        signedPosInit({ code: 'LIMIT3', storeId: store!.id, subtotal: 50_000, externalId: `till-${i}` }),
      ).then((r) => ({ via: 'till', status: r.status })),
    );
    const results = await Promise.all([...web, ...till]);
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    expect(results.filter((r) => r.status !== 201).every((r) => r.status === 409 || r.status === 422)).toBe(true);
    const [row] = await db.db.select().from(offers).where(eq(offers.id, 'off_limit3'));
    expect(row!.redeemedCount).toBe(3);
    const uses = await db.db
      .select({ n: count() })
      .from(offerRedemptions)
      .where(eq(offerRedemptions.offerId, 'off_limit3'));
    expect(Number(uses[0]!.n)).toBe(3);
    const discounted = rowsOf(
      z.object({ n: sqlNumber }),
      await db.db.execute(
        sql`SELECT count(*)::int AS n FROM orders WHERE discounts @> '[{"offerId":"off_limit3"}]'::jsonb`,
      ),
    );
    expect(discounted[0]?.n).toBe(results.filter((r) => r.via === 'web' && r.status === 201).length);
  });

  it('records a till redemption once per sale: a repeat answers the same, other content is a 409', async () => {
    const body = { code: 'AISLE20K', storeId: SEONGSU.id, subtotal: 90_000, externalId: 'till-sale-1' };
    const first = await callRoute<{ redemption: { id: string; discount: { amount: number } } }>(
      redeem,
      '/api/pos/offers/redeem',
      signedPosInit(body),
    );
    expect(first.status).toBe(201);
    expect(first.body.redemption.discount.amount).toBe(20_000);
    const again = await callRoute<typeof first.body>(redeem, '/api/pos/offers/redeem', signedPosInit(body));
    expect(again.status).toBe(200);
    expect(again.body.redemption.id).toBe(first.body.redemption.id);
    expect(
      (await callRoute(redeem, '/api/pos/offers/redeem', signedPosInit({ ...body, subtotal: 95_000 }))).status,
    ).toBe(409);
    const below = await callRoute<{ error: { code: string; why: string } }>(
      redeem,
      '/api/pos/offers/redeem',
      signedPosInit({ ...body, subtotal: 10_000, externalId: 'till-sale-2' }),
    );
    expect(below.body.error).toMatchObject({ code: 'offer_not_applicable', why: 'below_minimum' });
    expect(
      (await callRoute(redeem, '/api/pos/offers/redeem', signedPosInit(body, { secret: 'wrong-secret-123456' })))
        .status,
    ).toBe(401);
  });
});
