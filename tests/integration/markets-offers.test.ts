import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cart } from '@/lib/cart/schema';
import { carts, offerRedemptions, offers, orders } from '@/lib/db/schema';
import { stableId } from '@/lib/ids';
import { createOffer } from '@/lib/offers/admin';
import { offerInputSchema } from '@/lib/offers/admin-schema';
import { priceOffers } from '@/lib/offers/price-offers';
import type { Offer } from '@/lib/offers/schema';
import type { Order } from '@/lib/orders/schema';
import type { Store } from '@/lib/stores/schema';
import type { Availability } from '@/lib/inventory/schema';
import { api } from '../support/api';
import { guestCartWith, pickStoreVariant, setStock, tillSale } from '../support/checkout-fixtures';
import { placeStore } from '../support/market-stores';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
let shibuya: Awaited<ReturnType<typeof placeStore>>;
let orchard: Awaited<ReturnType<typeof placeStore>>;
let item: Awaited<ReturnType<typeof pickStoreVariant>>;
const SEONGSU = stableId('str', 'seongsu');
const now = new Date('2026-12-02T03:00:00Z');
const placedAt = new Date(Date.now() - 3_600_000).toISOString();

beforeAll(async () => {
  shibuya = await placeStore(db.db, 'shibuya');
  orchard = await placeStore(db.db, 'orchard');
  item = await pickStoreVariant(db.db, 3);
  await setStock(db.db, shibuya.locationId, item.variantId, 20);
  await setStock(db.db, orchard.locationId, item.variantId, 20);
  // The near-store offer around the Tokyo store, made as the console makes it.
  await createOffer(
    db.db,
    now,
    offerInputSchema.parse({
      market: 'JP',
      title: 'Shibuya neighbours: 10% off',
      description: 'Near Aisle Shibuya.',
      code: null,
      discount: { type: 'percent', percent: 10 },
      startsAt: '2026-01-01T00:00:00+09:00',
      endsAt: null,
      channels: 'both',
      audience: 'everyone',
      minSubtotal: null,
      categoryIds: null,
      usageLimit: null,
      perCustomerLimit: null,
      target: { kind: 'store', storeId: shibuya.storeId, radiusMeters: 1500 },
      listed: true,
    }),
    async () => {},
  );
});

describe(`offers per market (${DB_LABEL})`, () => {
  const list = (query: string) => api.get<{ offers: Offer[] }>(`/api/offers?${query}`);

  it('GET /api/offers lists only the market’s offers: JP near Shibuya, SG in Singapore, KR by default', async () => {
    const jp = await list(`market=JP&storeId=${shibuya.storeId}`);
    expect(jp.status).toBe(200);
    expect(jp.body.offers.map((o) => o.market)).toEqual(expect.arrayContaining(['JP']));
    expect(new Set(jp.body.offers.map((o) => o.market))).toEqual(new Set(['JP']));
    const titles = jp.body.offers.map((o) => o.title);
    expect(titles).toContain('Shibuya neighbours: 10% off');
    // The Tokyo region offer: the chosen store is in JP-13; its discount is in yen.
    const tokyo = jp.body.offers.find((o) => o.id === stableId('off', 'tokyo-1000'));
    expect(tokyo).toMatchObject({ discount: { type: 'fixed', amount: { amount: 1000, currency: 'JPY' } } });
    expect(tokyo?.minSubtotal).toEqual({ amount: 10_000, currency: 'JPY' });

    const sg = await list('market=sg');
    expect(sg.body.offers.map((o) => o.id)).toContain(stableId('off', 'singapore-launch'));
    expect(new Set(sg.body.offers.map((o) => o.market))).toEqual(new Set(['SG']));

    const kr = await list(`storeId=${SEONGSU}`);
    expect(kr.body.offers.length).toBeGreaterThan(0);
    expect(new Set(kr.body.offers.map((o) => o.market))).toEqual(new Set(['KR']));
    // Seongsu's own offer is not shown in Japan, even with Seongsu chosen.
    const jpAtSeongsu = await list(`market=JP&storeId=${SEONGSU}`);
    expect(jpAtSeongsu.body.offers.map((o) => o.id)).not.toContain(stableId('off', 'seongsu-neighbours'));

    expect((await list('market=XX')).status).toBe(422);
  });

  it('the engine prices a bag in JP with JP offers only, and in KR with KR offers only', async () => {
    const basket = { lines: [{ categoryId: stableId('cat', 'tops'), amount: 12_000 }] };
    const common = { basket, customer: {}, now, channel: 'online' as const };
    const jp = await priceOffers(db.db, { ...common, code: null, place: { storeId: shibuya.storeId }, market: 'JP' });
    // ¥1,000 (Tokyo) beats 10% of ¥12,000 (¥1,200)? No: 10% is more, and only one automatic offer applies.
    expect(jp.applied.map((a) => [a.rule.market, a.amount])).toEqual([['JP', 1200]]);
    const kr = await priceOffers(db.db, { ...common, code: null, place: { storeId: shibuya.storeId }, market: 'KR' });
    expect(kr.applied.filter((a) => a.rule.market !== 'KR')).toEqual([]);
    // A JP code in a KR bag says so; in a JP bag it applies (¥500 from ¥5,000).
    const krCode = await priceOffers(db.db, { ...common, code: 'HELLOJP', place: {}, market: 'KR' });
    expect(krCode.codeStatus).toBe('other_market');
    const jpCode = await priceOffers(db.db, { ...common, code: 'hellojp', place: {}, market: 'JP' });
    expect(jpCode.codeStatus).toBe('applied');
    expect(jpCode.applied.find((a) => a.rule.code === 'HELLOJP')?.amount).toBe(500);
  });

  it('a JP code entered in a KR bag is a 422 offer_code_other_market, and the bag keeps no code', async () => {
    const { token, cartId } = await guestCartWith(db.db, { variantId: item.variantId, storeId: item.storeId });
    const shopper = api.guest({ 'aisle-cart': token });
    const refused = await shopper.post<Cart>('/api/cart/offer-code', { code: 'HELLOJP' });
    expect(refused.status).toBe(422);
    expect(refused.body.error?.code).toBe('offer_code_other_market');
    const [cart] = await db.db.select({ offerCode: carts.offerCode }).from(carts).where(eq(carts.id, cartId));
    expect(cart?.offerCode).toBeNull();
    // A bag in yen takes it.
    await db.db.update(carts).set({ currency: 'JPY' }).where(eq(carts.id, cartId));
    const taken = await shopper.post<Cart>('/api/cart/offer-code', { code: 'HELLOJP' });
    expect(taken.status).toBe(200);
    expect(taken.body.offerCode?.code).toBe('HELLOJP');
    expect(taken.body.offerCode?.status).not.toBe('other_market');
  });

  it('the till redeems a code only at a store of its market', async () => {
    const redeem = (storeId: string, externalId: string) =>
      api.till().post<{ redemption: { discount: { amount: number; currency: string } } }>('/api/pos/offers/redeem', {
        code: 'HELLOJP',
        storeId,
        subtotal: 8000,
        externalId,
      });
    const atSeongsu = await redeem(SEONGSU, 'mk-redeem-1');
    expect(atSeongsu.status).toBe(422);
    expect(atSeongsu.body.error?.code).toBe('offer_code_other_market');
    expect(await db.db.select().from(offerRedemptions).where(eq(offerRedemptions.externalId, 'mk-redeem-1'))).toEqual(
      [],
    );
    const atShibuya = await redeem(shibuya.storeId, 'mk-redeem-2');
    expect(atShibuya.status).toBe(201);
    expect(atShibuya.body.redemption.discount).toEqual({ amount: 500, currency: 'JPY' });
    const sg = await api.till().post('/api/pos/offers/redeem', {
      code: 'SG10',
      storeId: orchard.storeId,
      subtotal: 12_000,
      externalId: 'mk-redeem-3',
    });
    expect(sg.status).toBe(201);
  });

  it('the console holds an offer to its market: currency, store and region', async () => {
    const [admin] = await Promise.all([import('../support/staff').then((m) => m.staffWith(db.db, { role: 'admin' }))]);
    const base = {
      market: 'JP',
      title: 'Probe',
      description: 'Probe',
      code: null,
      discount: { type: 'fixed', amount: { amount: 800, currency: 'JPY' } },
      startsAt: '2026-01-01T00:00:00+09:00',
      endsAt: null,
      channels: 'both',
      audience: 'everyone',
      minSubtotal: null,
      categoryIds: null,
      usageLimit: null,
      perCustomerLimit: null,
      target: { kind: 'region', region: 'JP-27' },
      listed: true,
    };
    const post = (body: unknown) => api.staff(admin).post<{ offer: { market: string } }>('/api/staff/offers', body);
    const before = (await db.db.select().from(offers)).length;
    const refusals = [
      [{ ...base, discount: { type: 'fixed', amount: { amount: 800, currency: 'KRW' } } }, 'discount.amount.currency'],
      [{ ...base, minSubtotal: { amount: 5000, currency: 'KRW' } }, 'minSubtotal.currency'],
      [{ ...base, target: { kind: 'region', region: 'KR-11' } }, 'target.region'],
      [{ ...base, target: { kind: 'store', storeId: SEONGSU, radiusMeters: 500 } }, 'target.storeId'],
      [{ ...base, market: 'XX' }, 'market'],
    ] as const;
    for (const [body, field] of refusals) {
      const res = await post(body);
      expect(res.status, field).toBe(422);
      expect(Object.keys(res.body.error?.fields ?? {}), field).toContain(field);
    }
    expect(await db.db.select().from(offers)).toHaveLength(before);
    const made = await post(base);
    expect(made.status).toBe(201);
    expect(made.body.offer.market).toBe('JP');
    const sgd = await post({
      ...base,
      market: 'SG',
      discount: { type: 'fixed', amount: { amount: 1290, currency: 'SGD' } },
      target: { kind: 'store', storeId: orchard.storeId, radiusMeters: 1000 },
    });
    expect(sgd.status).toBe(201);
    const [row] = await db.db.select().from(offers).where(eq(offers.title, 'Probe')).limit(1);
    expect(row).toMatchObject({ market: 'JP', currency: 'JPY', discountValue: 800 });
  });
});

describe(`the till posts in its store's currency (${DB_LABEL})`, () => {
  const post = (body: unknown) => api.till().post<{ order: Order }>('/api/pos/orders', body);

  it('refuses a sale in another currency than the store’s market with 422 currency_mismatch, writing nothing', async () => {
    const yenAtSeongsu = {
      ...tillSale({ externalId: 'mk-sale-1', storeId: SEONGSU, sku: item.sku, placedAt }),
      currency: 'JPY',
    };
    const refused = await post(yenAtSeongsu);
    expect(refused.status).toBe(422);
    expect(refused.body.error?.code).toBe('currency_mismatch');
    const wonAtShibuya = tillSale({ externalId: 'mk-sale-2', storeId: shibuya.storeId, sku: item.sku, placedAt });
    const refusedJp = await post(wonAtShibuya);
    expect(refusedJp.status).toBe(422);
    expect(refusedJp.body.error).toMatchObject({ code: 'currency_mismatch', expected: 'JPY' });
    const written = await db.db.select().from(orders).where(eq(orders.externalId, 'mk-sale-1'));
    expect(written).toEqual([]);
    expect(await db.db.select().from(orders).where(eq(orders.externalId, 'mk-sale-2'))).toEqual([]);
  });

  it('records a yen sale at a Tokyo store, the phone read as Japanese (090-1234-5678 → +819012345678)', async () => {
    const sale = {
      ...tillSale({
        externalId: 'mk-sale-3',
        storeId: shibuya.storeId,
        sku: item.sku,
        unitPrice: 4290,
        phone: '090-1234-5678',
        placedAt,
      }),
      currency: 'JPY',
    };
    const res = await post(sale);
    expect(res.status).toBe(201);
    expect(res.body.order).toMatchObject({ phone: '+819012345678', total: { amount: 4290, currency: 'JPY' } });
    const sgd = {
      ...tillSale({
        externalId: 'mk-sale-4',
        storeId: orchard.storeId,
        sku: item.sku,
        unitPrice: 5990,
        phone: '8123 4567',
        placedAt,
      }),
      currency: 'SGD',
    };
    const sg = await post(sgd);
    expect(sg.status).toBe(201);
    expect(sg.body.order).toMatchObject({ phone: '+6581234567', total: { amount: 5990, currency: 'SGD' } });
  });
});

describe(`store finder and pickup per market (${DB_LABEL})`, () => {
  it('GET /api/stores lists the market’s stores, nearest first; KR by default', async () => {
    const jp = await api.get<{ stores: Store[] }>('/api/stores?market=JP&lat=35.66&lng=139.70');
    expect(jp.body.stores.map((s) => s.id)).toContain(shibuya.storeId);
    expect(new Set(jp.body.stores.map((s) => s.address.country))).toEqual(new Set(['JP']));
    const sorted = [...jp.body.stores].sort((a, b) => (a.distanceMeters ?? 0) - (b.distanceMeters ?? 0));
    expect(jp.body.stores.map((s) => s.id)).toEqual(sorted.map((s) => s.id));
    const kr = await api.get<{ stores: Store[] }>('/api/stores');
    expect(kr.body.stores.length).toBeGreaterThan(0);
    expect(kr.body.stores.map((s) => s.id)).not.toContain(shibuya.storeId);
    expect(kr.body.stores.map((s) => s.id)).not.toContain(orchard.storeId);
    const sg = await api.get<{ stores: Store[] }>('/api/stores?market=SG&pickup=true');
    expect(sg.body.stores.map((s) => s.id)).toEqual([orchard.storeId]);
    expect((await api.get('/api/stores?market=FR')).status).toBe(422);
  });

  it('GET /api/availability offers pickup only at the market’s stores', async () => {
    const at = (market: string) =>
      api.get<Availability>(`/api/availability?variantId=${item.variantId}${market ? `&market=${market}` : ''}`);
    const jp = await at('JP');
    expect(jp.body.stores.map((s) => s.storeId)).toEqual([shibuya.storeId]);
    const kr = await at('');
    expect(kr.body.stores.map((s) => s.storeId)).not.toContain(shibuya.storeId);
    expect(kr.body.stores.map((s) => s.storeId)).not.toContain(orchard.storeId);
    expect(kr.body.stores.length).toBeGreaterThan(0);
  });
});
