import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@/lib/db/rows';
import { emailIdentitySql, variants } from '@/lib/db/schema';
import { emailIdentity } from '@/lib/offers/email-identity';
import { api } from '../support/api';
import { guestCartWith, pastOrder, pickStoreVariant, pickupCheckout, setStock } from '../support/checkout-fixtures';
import { remakeSeededOffers, type OfferOrigin } from '../support/offer-origin';
import { DB_LABEL, useTestDb } from '../support/test-db';

/** The mailbox-identity offer tests, for seeded offers or the same made in the staff console. */
export function offerEmailIdentityCases(origin: OfferOrigin) {
  const db = useTestDb();
  let item: Awaited<ReturnType<typeof pickStoreVariant>> & { price: number };
  beforeAll(async () => {
    await remakeSeededOffers(db.db, origin);
    item = { ...(await pickStoreVariant(db.db, 5)), price: 0 };
    const [v] = await db.db.select().from(variants).where(eq(variants.id, item.variantId));
    item.price = v!.priceAmount;
    await setStock(db.db, item.locationId, item.variantId, 100);
  });

  const returning = (id: string, email: string) =>
    pastOrder(db.db, { id, number: `AI-261001-${id.slice(-5).toUpperCase()}`, email });

  /** A guest checkout with WELCOME10 (first order only) for `email`: 201 when the code held. */
  async function welcomeCheckout(email: string): Promise<{ status: number; discounted: boolean }> {
    const shopper = api.guest({ 'aisle-cart': (await guestCartWith(db.db, item, 1)).token });
    await shopper.post('/api/cart/offer-code', { code: 'WELCOME10' });
    const res = await shopper.post<{ order?: { total: { amount: number } } }>(
      '/api/checkout',
      { ...pickupCheckout, contact: { email }, expectedTotal: item.price - Math.floor(item.price / 10) },
      { idempotencyKey: crypto.randomUUID() },
    );
    return {
      status: res.status,
      discounted: res.body.order?.total.amount === item.price - Math.floor(item.price / 10),
    };
  }

  describe(`first-order offers know an e-mail under its other spellings (${DB_LABEL}, ${origin} offers)`, () => {
    it('names one mailbox for case, +tags and, at Gmail, dots and googlemail.com, in code and in SQL alike', async () => {
      const same = [
        ['Shopper@Example.com', 'shopper@example.com'],
        [' a+1@example.com ', 'a@example.com'],
        ['a+tag+more@example.com', 'a@example.com'],
        ['First.Last+shop@gmail.com', 'firstlast@gmail.com'],
        ['f.i.r.s.t.last@googlemail.com', 'firstlast@gmail.com'],
        ['first.last@example.com', 'first.last@example.com'],
        ['+only@example.com', '@example.com'],
      ] as const;
      for (const [written, identity] of same) expect(emailIdentity(written), written).toBe(identity);
      for (const [written] of same) {
        const [row] = rowsOf(
          z.object({ identity: z.string() }),
          await db.db.execute(sql`SELECT ${emailIdentitySql(sql`${written.trim()}`)} AS identity`),
        );
        expect(row?.identity, written).toBe(emailIdentity(written));
      }
    });

    it('refuses WELCOME10 to a+1@ after a@ ordered, and to a Gmail address written with dots', async () => {
      await returning('ord_identity_a', 'returning-a@example.com');
      await returning('ord_identity_g', 'returning.shopper@gmail.com');
      expect(await welcomeCheckout('returning-a+1@example.com')).toMatchObject({ status: 409 });
      expect(await welcomeCheckout('Returning-A@Example.com')).toMatchObject({ status: 409 });
      expect(await welcomeCheckout('r.e.turningshopper+x@googlemail.com')).toMatchObject({ status: 409 });
      // Outside Gmail a dot is part of the address: another person.
      expect(await welcomeCheckout('returning.a@example.com')).toEqual({ status: 201, discounted: true });
    });
  });
}
