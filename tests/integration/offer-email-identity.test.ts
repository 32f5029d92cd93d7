import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as addCode } from '@/app/api/cart/offer-code/route';
import { POST as checkout } from '@/app/api/checkout/route';
import { provideDb } from '@/lib/db';
import { rowsOf } from '@/lib/db/rows';
import { emailIdentitySql, orders, variants } from '@/lib/db/schema';
import { emailIdentity } from '@/lib/offers/email-identity';
import { acting } from '../support/acting-user';
import { callRoute } from '../support/call-route';
import { guestCartWith, pickStoreVariant, pickupCheckout, setStock } from '../support/checkout-fixtures';
import { createTestDb, type TestDb } from '../support/test-db';

vi.mock('@/lib/auth/session', () => ({ getSessionUser: async () => acting.user }));

let db: TestDb;
let item: Awaited<ReturnType<typeof pickStoreVariant>> & { price: number };
beforeAll(async () => {
  db = await createTestDb();
  provideDb(db);
  item = { ...(await pickStoreVariant(db.db, 5)), price: 0 };
  const [v] = await db.db.select().from(variants).where(eq(variants.id, item.variantId));
  item.price = v!.priceAmount;
  await setStock(db.db, item.locationId, item.variantId, 100);
  acting.user = null;
});
afterAll(async () => {
  provideDb(undefined);
  await db.drop();
});

const pastOrder = (id: string, email: string) =>
  db.db.insert(orders).values({
    id,
    number: `AI-261001-${id.slice(-5).toUpperCase()}`,
    channel: 'online',
    status: 'collected',
    email,
    currency: 'KRW',
    subtotal: 1000,
    total: 1000,
    paymentMethod: 'pay_at_pickup',
    paymentStatus: 'paid',
    placedAt: new Date('2026-10-01'),
  });

/** A guest checkout with WELCOME10 (first order only) for `email`: 201 when the code held. */
async function welcomeCheckout(email: string): Promise<{ status: number; discounted: boolean }> {
  const { token } = await guestCartWith(db.db, item, 1);
  const cookie = `aisle-cart=${token}`;
  await callRoute(addCode, '/api/cart/offer-code', {
    init: { method: 'POST', body: '{"code":"WELCOME10"}', headers: { 'content-type': 'application/json', cookie } },
  });
  const res = await callRoute<{ order?: { total: { amount: number } } }>(checkout, '/api/checkout', {
    init: {
      method: 'POST',
      body: JSON.stringify({
        ...pickupCheckout,
        contact: { email },
        expectedTotal: item.price - Math.floor(item.price / 10),
      }),
      headers: { 'content-type': 'application/json', cookie, 'idempotency-key': crypto.randomUUID() },
    },
  });
  return { status: res.status, discounted: res.body.order?.total.amount === item.price - Math.floor(item.price / 10) };
}

describe(`first-order offers know an e-mail under its other spellings (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
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
    await pastOrder('ord_identity_a', 'returning-a@example.com');
    await pastOrder('ord_identity_g', 'returning.shopper@gmail.com');
    expect(await welcomeCheckout('returning-a+1@example.com')).toMatchObject({ status: 409 });
    expect(await welcomeCheckout('Returning-A@Example.com')).toMatchObject({ status: 409 });
    expect(await welcomeCheckout('r.e.turningshopper+x@googlemail.com')).toMatchObject({ status: 409 });
    // Outside Gmail a dot is part of the address: another person.
    expect(await welcomeCheckout('returning.a@example.com')).toEqual({ status: 201, discounted: true });
  });
});
