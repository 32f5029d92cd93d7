import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { offerRedemptions, users } from '@/lib/db/schema';
import { stableId } from '@/lib/ids';
import { api } from '../support/api';
import { pastOrder, pickStoreVariant, tillSale } from '../support/checkout-fixtures';
import { fixedOffCodeFrom, remakeSeededOffers, type OfferOrigin } from '../support/offer-origin';
import { DB_LABEL, useTestDb } from '../support/test-db';

/** The till's offer tests, for seeded offers or the same made in the staff console. */
export function tillOfferCases(origin: OfferOrigin) {
  const db = useTestDb();
  const SEONGSU = stableId('str', 'seongsu');
  const label = `${DB_LABEL}, ${origin} offers`;

  beforeAll(async () => {
    await remakeSeededOffers(db.db, origin);
    for (const code of ['TILLA', 'TILLB']) {
      await fixedOffCodeFrom(db.db, origin, { id: `off_${code.toLowerCase()}`, code, title: `${code}: ₩1,000 off` });
    }
  });

  type Redeemed = { redemption: { id: string; code: string }; error?: { code: string; why?: string; fields?: object } };
  const tillRedeem = (body: Record<string, unknown>) =>
    api.till().post<Redeemed>('/api/pos/offers/redeem', { storeId: SEONGSU, subtotal: 90_000, ...body });
  const usesOfSale = async (externalId: string) =>
    db.db
      .select()
      .from(offerRedemptions)
      .where(and(eq(offerRedemptions.storeId, SEONGSU), eq(offerRedemptions.externalId, externalId)));

  describe(`one offer code per till sale (${label})`, () => {
    it('refuses a second code on the same (store, externalId) with 409 sale_has_offer_code', async () => {
      const first = await tillRedeem({ code: 'WELCOME10', externalId: 'two-codes-1', phone: '010-5000-0001' });
      expect(first.status).toBe(201);
      const second = await tillRedeem({ code: 'AISLE20K', externalId: 'two-codes-1' });
      expect(second.status).toBe(409);
      expect(second.body.error?.code).toBe('sale_has_offer_code');
      const repeat = await tillRedeem({ code: 'WELCOME10', externalId: 'two-codes-1', phone: '010-5000-0001' });
      expect(repeat.status).toBe(200);
      expect(repeat.body.redemption.id).toBe(first.body.redemption.id);
      expect(await usesOfSale('two-codes-1')).toHaveLength(1);
      expect((await tillRedeem({ code: 'AISLE20K', externalId: 'two-codes-2' })).status).toBe(201);
    });

    it('lets exactly one code win when two are sent for one sale at once', async () => {
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => tillRedeem({ code: i % 2 ? 'TILLA' : 'TILLB', externalId: 'race-1' })),
      );
      expect(results.filter((r) => r.status === 201)).toHaveLength(1);
      const winner = results.find((r) => r.status === 201)!.body.redemption.code;
      for (const r of results) {
        expect(r.status === 201 || r.status === 200 ? r.body.redemption.code : r.body.error?.code).toBe(
          r.status === 409 ? 'sale_has_offer_code' : winner,
        );
      }
      expect(await usesOfSale('race-1')).toHaveLength(1);
    });
  });

  describe(`first-order offers at the till go by the customer's phone (${label})`, () => {
    it('refuses a first-order code without a phone, and an invalid phone by name', async () => {
      const none = await tillRedeem({ code: 'WELCOME10', externalId: 'first-none' });
      expect(none.status).toBe(422);
      expect(none.body.error).toMatchObject({ code: 'offer_not_applicable', why: 'audience' });
      const bad = await tillRedeem({ code: 'WELCOME10', externalId: 'first-bad', phone: 'not a phone' });
      expect(bad.status).toBe(422);
      expect(bad.body.error?.fields).toHaveProperty('phone');
      expect(await usesOfSale('first-none')).toHaveLength(0);
    });

    it('honours it once per phone, however the number is written, out of 10 tries', async () => {
      const written = ['010-5100-0001', '+82 10 5100 0001', '01051000001', '+821051000001'];
      const statuses = [];
      for (let i = 0; i < 10; i++) {
        const r = await tillRedeem({ code: 'WELCOME10', externalId: `first-once-${i}`, phone: written[i % 4] });
        statuses.push(r.status);
      }
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 422)).toHaveLength(9);
    });

    it('honours it once for 10 parallel sales with one phone', async () => {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          tillRedeem({ code: 'WELCOME10', externalId: `first-race-${i}`, phone: '010-5200-0001' }),
        ),
      );
      expect(results.filter((r) => r.status === 201)).toHaveLength(1);
      expect(results.every((r) => r.status === 201 || r.body.error?.code === 'offer_not_applicable')).toBe(true);
    });

    it('refuses a phone with an earlier store sale or a verified account with orders, not the sale itself', async () => {
      const item = await pickStoreVariant(db.db, 3);
      const sale = (externalId: string, phone: string) =>
        api.till().post('/api/pos/orders', tillSale({ externalId, storeId: item.storeId, sku: item.sku, phone }));
      expect((await sale('earlier-sale', '010-5300-0001')).status).toBe(201);
      const earlier = await tillRedeem({ code: 'WELCOME10', externalId: 'later-sale', phone: '010-5300-0001' });
      expect(earlier.body.error).toMatchObject({ code: 'offer_not_applicable', why: 'audience' });

      await db.db.insert(users).values({
        id: 'usr_tillphone',
        email: 'till-phone@example.com',
        name: 'Till Phone',
        phone: '+821054000001',
        phoneVerifiedAt: new Date(),
      });
      await pastOrder(db.db, {
        id: 'ord_tillphone',
        number: 'AI-261101-TILL1',
        userId: 'usr_tillphone',
        email: 'till-phone@example.com',
      });
      const online = await tillRedeem({ code: 'WELCOME10', externalId: 'account-sale', phone: '010-5400-0001' });
      expect(online.body.error).toMatchObject({ code: 'offer_not_applicable', why: 'audience' });

      // The sale the code is for may reach Aisle first: it is not an earlier order.
      expect((await sale('same-sale', '010-5500-0001')).status).toBe(201);
      const same = await tillRedeem({
        code: 'WELCOME10',
        storeId: item.storeId,
        externalId: 'same-sale',
        phone: '010-5500-0001',
      });
      expect(same.status).toBe(201);
    });
  });
}
