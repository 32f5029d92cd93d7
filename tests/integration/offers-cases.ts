import { count, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cart } from '@/lib/cart/schema';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { carts, offerRedemptions, offers, stores, variants } from '@/lib/db/schema';
import { stableId } from '@/lib/ids';
import type { Offer } from '@/lib/offers/schema';
import type { Order } from '@/lib/orders/schema';
import { api } from '../support/api';
import { guestCartWith, pastOrder, pickStoreVariant, pickupCheckout, setStock } from '../support/checkout-fixtures';
import { fixedOffCodeFrom, remakeSeededOffers, type OfferOrigin } from '../support/offer-origin';
import { useTestDb } from '../support/test-db';

/**
 * The shop's offer tests, for offers of either origin: seeded rows, or the same offers made in the
 * staff console (offers.test.ts and offers-console.test.ts).
 */
export function offerCases(origin: OfferOrigin) {
  const db = useTestDb();
  let item: Awaited<ReturnType<typeof pickStoreVariant>> & { price: number };
  const SEONGSU = { lat: 37.5445, lng: 127.0557, id: stableId('str', 'seongsu') };
  /** About 800 m north of Aisle Seongsu. */
  const nearSeongsu = { lat: SEONGSU.lat + 800 / 111_195, lng: SEONGSU.lng };

  beforeAll(async () => {
    item = { ...(await pickStoreVariant(db.db, 7)), price: 0 };
    const [v] = await db.db.select().from(variants).where(eq(variants.id, item.variantId));
    item.price = v!.priceAmount;
    await remakeSeededOffers(db.db, origin);
    await setStock(db.db, item.locationId, item.variantId, 200);
  });

  /** A shopper's browser holding a guest bag of one `item`. */
  const shopperWithBag = async () => api.guest({ 'aisle-cart': (await guestCartWith(db.db, item, 1)).token });
  type Placed = { order: Order; error?: { code: string; total?: { amount: number } } };
  const checkout = (shopper: typeof api, body: unknown, headers: Record<string, string> = {}) =>
    shopper.post<Placed>('/api/checkout', body, { idempotencyKey: crypto.randomUUID(), headers });

  describe(`GET /api/offers (${origin} offers)`, () => {
    it('gives the near-store offer with its distance as the reason near the store, and not far away', async () => {
      const near = await api.get<{ offers: Offer[] }>(`/api/offers?lat=${nearSeongsu.lat}&lng=${nearSeongsu.lng}`);
      expect(near.status).toBe(200);
      expect(near.headers.get('cache-control')).toBe('private, no-store');
      const seongsu = near.body.offers.find((o) => o.reasonDetail.kind === 'near_store');
      expect(seongsu).toMatchObject({ title: 'Seongsu neighbours: 10% off', reason: '800 m from Aisle Seongsu' });
      expect(near.body.offers[0]!.id).toBe(seongsu!.id);
      // Codes for everyone are listed too, with their code.
      expect(near.body.offers.find((o) => o.code === 'WELCOME10')?.reason).toBe('For everyone');

      const far = await api.get<{ offers: Offer[] }>('/api/offers?lat=35.1631&lng=129.1636');
      expect(far.body.offers.some((o) => o.title.startsWith('Seongsu'))).toBe(false);
      expect(far.body.offers.map((o) => o.reason)).toEqual(
        expect.arrayContaining(['Offer for Busan', expect.stringMatching(/from Aisle Haeundae$/)]),
      );
      expect((await api.get('/api/offers?lat=37.5')).status).toBe(422);
      expect((await api.get('/api/offers?lat=abc&lng=1')).status).toBe(422);
    });

    it('uses the chosen store when there is no position', async () => {
      const res = await api.get<{ offers: Offer[] }>(`/api/offers?storeId=${SEONGSU.id}`);
      expect(res.body.offers[0]).toMatchObject({ reason: 'At Aisle Seongsu' });
    });
  });

  describe(`offers in the cart and at checkout (${origin} offers)`, () => {
    it('applies the near-store offer in the cart and in the order total, and refuses a tampered total', async () => {
      const shopper = await shopperWithBag();
      const far = await shopper.get<Cart>('/api/cart', { headers: { 'x-aisle-location': '35.1631,129.1636' } });
      expect(far.body.discounts).toEqual([]);
      const headers = { 'x-aisle-location': `${nearSeongsu.lat},${nearSeongsu.lng}` };
      const near = await shopper.get<Cart>('/api/cart', { headers });
      const tenth = Math.floor(item.price / 10);
      expect(near.body.discounts).toMatchObject([{ title: 'Seongsu neighbours: 10% off', amount: { amount: tenth } }]);
      expect(near.body.total.amount).toBe(item.price - tenth);
      expect(near.headers.get('etag')).not.toBe(far.headers.get('etag'));

      const tampered = await checkout(shopper, { ...pickupCheckout, expectedTotal: 1 }, headers);
      expect(tampered.status).toBe(409);
      expect(tampered.body.error).toMatchObject({ code: 'offers_changed', total: { amount: item.price - tenth } });
      const ok = await checkout(shopper, { ...pickupCheckout, expectedTotal: item.price - tenth }, headers);
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
      const shopper = await shopperWithBag();
      const unknown = await shopper.post<Cart>('/api/cart/offer-code', { code: 'nope-123' });
      expect(unknown.status).toBe(422);
      expect(unknown.body.error?.code).toBe('offer_code_unknown');
      const added = await shopper.post<Cart>('/api/cart/offer-code', { code: 'welcome10' });
      expect(added.status).toBe(200);
      expect(added.body.offerCode).toEqual({ code: 'WELCOME10', status: 'applied' });
      expect(added.body.discounts.map((d) => d.code)).toEqual(['WELCOME10']);
      // A returning customer's e-mail is found at checkout: the first-order code does not apply, and nothing is placed.
      await pastOrder(db.db, { id: 'ord_previous', number: 'AI-261001-PREV1', email: 'returning@example.com' });
      const refused = await checkout(shopper, {
        ...pickupCheckout,
        contact: { email: 'returning@example.com' },
        expectedTotal: added.body.total.amount,
      });
      expect(refused.status).toBe(409);
      expect(refused.body.error?.total?.amount).toBe(item.price);
      const removed = await shopper.delete<Cart>('/api/cart/offer-code');
      expect(removed.body.offerCode).toBeNull();
      expect(removed.body.total.amount).toBe(item.price);
    });
  });

  describe(`usage limits under concurrency (${origin} offers)`, () => {
    it('honours a code with a limit of 3 exactly 3 times across 30 parallel checkouts and till redemptions', async () => {
      const [store] = await db.db.select().from(stores).where(eq(stores.id, item.storeId));
      const limit3 = await fixedOffCodeFrom(db.db, origin, {
        id: 'off_limit3',
        code: 'LIMIT3',
        title: '₩1,000 off, three times',
        usageLimit: 3,
      });
      const shoppers = [];
      for (let i = 0; i < 20; i++) {
        const { token, cartId } = await guestCartWith(db.db, item, 1);
        await db.db.update(carts).set({ offerCode: 'LIMIT3' }).where(eq(carts.id, cartId));
        shoppers.push(api.guest({ 'aisle-cart': token }));
      }
      const web = shoppers.map((shopper, i) =>
        checkout(shopper, {
          ...pickupCheckout,
          contact: { email: `limit-${i}@example.com` },
          expectedTotal: item.price - 1000,
        }).then((r) => ({ via: 'web', status: r.status })),
      );
      const till = Array.from({ length: 10 }, (_, i) =>
        api
          .till()
          .post('/api/pos/offers/redeem', {
            code: 'LIMIT3',
            storeId: store!.id,
            subtotal: 50_000,
            externalId: `till-${i}`,
          })
          .then((r) => ({ via: 'till', status: r.status })),
      );
      const results = await Promise.all([...web, ...till]);
      expect(results.filter((r) => r.status === 201)).toHaveLength(3);
      expect(results.filter((r) => r.status !== 201).every((r) => r.status === 409 || r.status === 422)).toBe(true);
      const [row] = await db.db.select().from(offers).where(eq(offers.id, limit3));
      expect(row!.redeemedCount).toBe(3);
      const uses = await db.db
        .select({ n: count() })
        .from(offerRedemptions)
        .where(eq(offerRedemptions.offerId, limit3));
      expect(Number(uses[0]!.n)).toBe(3);
      const discounted = rowsOf(
        z.object({ n: sqlNumber }),
        await db.db.execute(
          sql`SELECT count(*)::int AS n FROM orders WHERE discounts @> ${JSON.stringify([{ offerId: limit3 }])}::jsonb`,
        ),
      );
      expect(discounted[0]?.n).toBe(results.filter((r) => r.via === 'web' && r.status === 201).length);
    });

    it('moves the catalog epoch only with an offer’s last use: bags keep their 304 while others use it', async () => {
      await fixedOffCodeFrom(db.db, origin, {
        id: 'off_limit2',
        code: 'LIMIT2',
        title: '₩1,000 off, twice',
        usageLimit: 2,
      });
      const epoch = async () =>
        rowsOf(z.object({ n: sqlNumber }), await db.db.execute(sql`SELECT n FROM cart_view_epoch WHERE id = 1`))[0]!.n;
      const place = async (i: number) => {
        const { token, cartId } = await guestCartWith(db.db, item, 1);
        await db.db.update(carts).set({ offerCode: 'LIMIT2' }).where(eq(carts.id, cartId));
        const placed = await checkout(api.guest({ 'aisle-cart': token }), {
          ...pickupCheckout,
          contact: { email: `limit2-${i}@example.com` },
          expectedTotal: item.price - 1000,
        });
        expect(placed.status).toBe(201);
      };
      const before = await epoch();
      await place(1);
      expect(await epoch()).toBe(before);
      // The last use: bags that showed the code must stop showing it.
      await place(2);
      expect(await epoch()).not.toBe(before);
    });

    it('records a till redemption once per sale: a repeat answers the same, other content is a 409', async () => {
      const redeem = '/api/pos/offers/redeem';
      const body = { code: 'AISLE20K', storeId: SEONGSU.id, subtotal: 90_000, externalId: 'till-sale-1' };
      type Redeemed = { redemption: { id: string; discount: { amount: number } } };
      const first = await api.till().post<Redeemed>(redeem, body);
      expect(first.status).toBe(201);
      expect(first.body.redemption.discount.amount).toBe(20_000);
      const again = await api.till().post<Redeemed>(redeem, body);
      expect(again.status).toBe(200);
      expect(again.body.redemption.id).toBe(first.body.redemption.id);
      expect((await api.till().post(redeem, { ...body, subtotal: 95_000 })).status).toBe(409);
      const below = await api.till().post(redeem, { ...body, subtotal: 10_000, externalId: 'till-sale-2' });
      expect(below.body.error).toMatchObject({ code: 'offer_not_applicable', why: 'below_minimum' });
      expect((await api.till({ secret: 'wrong-secret-123456' }).post(redeem, body)).status).toBe(401);
    });
  });
}
