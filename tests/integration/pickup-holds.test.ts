import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/schema';
import { addLine } from '@/lib/cart/mutate-cart';
import { findOrCreateCartId } from '@/lib/cart/find-cart';
import { newGuestToken } from '@/lib/cart/guest-cookie';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import type { Order } from '@/lib/orders/schema';
import { stores } from '@/lib/db/schema';
import { releaseExpiredPickups } from '@/lib/orders/pickup-lifecycle';
import { GUEST_PICKUP_HOLD_MS, PICKUP_HOLD_LIMITS } from '@/lib/orders/reservation-limits';
import { holdDeadline } from '@/lib/stores/opening-hours';
import { makeUser } from '../support/accounts';
import { api } from '../support/api';
import { setStock } from '../support/checkout-fixtures';
import { dbFingerprint } from '../support/db-fingerprint';
import { DB_LABEL, useTestDb } from '../support/test-db';

type Item = { variantId: string; sku: string; storeId: string; locationId: string };
type Placed = {
  order: Order;
  error?: { code: string; message: string; scope?: string; skus?: string[]; held?: { units: number } };
};

const db = useTestDb();
/** Variants stocked at the one store that has the most of them: 6 each, set afresh per test. */
let shelf: Item[];

beforeAll(async () => {
  shelf = rowsOf(
    z.object({ variant_id: z.string(), sku: z.string(), store_id: z.string(), location_id: z.string() }),
    await db.db.execute(sql`
      WITH busiest AS (
        SELECT s.location_id FROM stock_levels s JOIN inventory_locations l ON l.id = s.location_id AND l.kind = 'store' AND l.store_id IN (SELECT id FROM stores WHERE country = 'KR')
        GROUP BY s.location_id ORDER BY count(*) DESC, s.location_id LIMIT 1)
      SELECT s.variant_id, v.sku, l.store_id, l.id AS location_id FROM stock_levels s
      JOIN busiest b ON b.location_id = s.location_id
      JOIN inventory_locations l ON l.id = s.location_id
      JOIN variants v ON v.id = s.variant_id
      ORDER BY s.variant_id LIMIT 40`),
  ).map((r) => ({ variantId: r.variant_id, sku: r.sku, storeId: r.store_id, locationId: r.location_id }));
  expect(shelf).toHaveLength(40);
});
beforeEach(async () => {
  await db.db.execute(sql`UPDATE reservations SET status = 'released' WHERE status = 'held'`);
  for (const item of shelf) await setStock(db.db, item.locationId, item.variantId, 6);
});

/** A guest bag holding each (item, quantity) for pickup; its cookie token. */
async function bagWith(lines: [Item, number][], owner?: { userId: string }) {
  const token = newGuestToken();
  const cartId = await findOrCreateCartId(db.db, owner ?? { guestToken: token }, new Date());
  for (const [item, quantity] of lines) {
    await addLine(
      db.db,
      cartId,
      { variantId: item.variantId, quantity, fulfillment: { type: 'pickup', storeId: item.storeId } },
      { now: new Date() },
    );
  }
  return token;
}

let keys = 0;
/** Checks out the browser holding bag `token`, from address `from`, signed in as `as` if given. */
const placeBag = (
  token: string,
  contact: { email: string; phone?: string },
  { from, as = null }: { from?: string; as?: SessionUser | null } = {},
) =>
  api
    .as(as)
    .guest({ 'aisle-cart': token })
    .post<Placed>(
      '/api/checkout',
      { contact, payment: { method: 'pay_at_pickup' } },
      { idempotencyKey: `k${++keys}`, from },
    );

/** A guest bag of (variant, quantity) lines to be delivered; its cookie token. */
async function deliveryBagWith(lines: [string, number][]) {
  const token = newGuestToken();
  const cartId = await findOrCreateCartId(db.db, { guestToken: token }, new Date());
  for (const [variantId, quantity] of lines) {
    await addLine(db.db, cartId, { variantId, quantity, fulfillment: { type: 'ship' } }, { now: new Date() });
  }
  return token;
}
const payByTestCard = (token: string, email: string) =>
  api.guest({ 'aisle-cart': token }).post<Placed>(
    '/api/checkout',
    {
      contact: { email },
      payment: { method: 'test_card', cardNumber: '4242 4242 4242 4242' },
      shippingAddress: { name: 'Kim', line1: '1 Test-ro', city: 'Seoul', postalCode: '04782', country: 'KR' },
    },
    { idempotencyKey: `k${++keys}` },
  );

const stockFingerprint = () => dbFingerprint(db.db, ['stock_levels', 'reservations', 'orders', 'pickups']);

describe(`unpaid pickup holds (${DB_LABEL})`, () => {
  it('refuses a guest bag of 40 pickup lines at one store (409 reservation_limit) and reserves nothing; a normal pickup order is held a day for a guest, the configured 3 days for an account', async () => {
    const hoard = await bagWith(shelf.map((item) => [item, 6]));
    const before = await stockFingerprint();
    const refused = await placeBag(hoard, { email: 'hoarder@example.com' });
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe('reservation_limit');
    expect(refused.body.error?.scope).toBe('order');
    expect(refused.body.error?.message).toMatch(/at most 10 items and 20 pieces/);
    expect(await stockFingerprint()).toEqual(before);

    // The same shelf, an ordinary pickup: two items, three pieces.
    const startedAt = Date.now();
    const normal = await placeBag(
      await bagWith([
        [shelf[0]!, 1],
        [shelf[1]!, 2],
      ]),
      { email: 'shopper@example.com' },
    );
    expect(normal.status).toBe(201);
    // A day, or, when a day from now the store is closed, until its next closing (holdDeadline).
    const [store] = await db.db.select().from(stores).where(eq(stores.id, shelf[0]!.storeId));
    const heldFor = (placedAt: number) =>
      holdDeadline(new Date(placedAt + GUEST_PICKUP_HOLD_MS), store!.hours, store!.timezone).getTime();
    const guestHold = Date.parse(normal.body.order.pickup!.holdUntil);
    expect(guestHold).toBeGreaterThanOrEqual(heldFor(startedAt) - 1000);
    expect(guestHold).toBeLessThanOrEqual(heldFor(Date.now()) + 1000);

    const memberUser = await makeUser(db.db, 'member@example.com');
    const member = await placeBag(
      await bagWith([[shelf[2]!, 1]], { userId: memberUser.id }),
      { email: 'member@example.com' },
      { as: memberUser },
    );
    expect(member.status).toBe(201);
    const memberHold = Date.parse(member.body.order.pickup!.holdUntil) - startedAt;
    expect(memberHold).toBeGreaterThanOrEqual(72 * 3_600_000 - 1000);
  });

  it('counts every uncollected pickup of one e-mail, phone or account: fresh bags do not add up past the limit, and a released hold frees its share', async () => {
    const half = (from: number): [Item, number][] => shelf.slice(from, from + 5).map((item) => [item, 2]);
    const first = await placeBag(await bagWith(half(0)), { email: 'many@example.com', phone: '010-4000-0001' });
    expect(first.status).toBe(201);
    const second = await placeBag(await bagWith(half(5)), { email: 'many@example.com', phone: '010-4000-0001' });
    expect(second.status).toBe(201);
    // 10 items and 20 pieces held: one more piece under the same e-mail, or the same phone, is refused.
    const sameEmail = await placeBag(await bagWith([[shelf[20]!, 1]]), { email: 'many@example.com' });
    expect(sameEmail.status).toBe(409);
    expect(sameEmail.body.error).toMatchObject({ code: 'reservation_limit', scope: 'contact', held: { units: 20 } });
    // The same mailbox written another way (case, a +tag) is the same shopper.
    const aliased = await placeBag(await bagWith([[shelf[20]!, 1]]), { email: 'Many+2nd@Example.com' });
    expect(aliased.body.error?.code).toBe('reservation_limit');
    const samePhone = await placeBag(await bagWith([[shelf[20]!, 1]]), {
      email: 'other@example.com',
      phone: '010-4000-0001',
    });
    expect(samePhone.status).toBe(409);
    // The same account under a new e-mail: refused too.
    const holder = await makeUser(db.db, 'account-holder@example.com');
    const ownBag = (quantity: number) => bagWith([[shelf[21]!, quantity]], { userId: holder.id });
    expect((await placeBag(await ownBag(5), { email: 'account-holder@example.com' }, { as: holder })).status).toBe(201);
    expect(
      (await placeBag(await ownBag(1), { email: 'fresh-address@example.com' }, { as: holder })).body.error?.code,
    ).toBe('reservation_limit');

    // Someone else is not held back by them.
    expect((await placeBag(await bagWith([[shelf[20]!, 1]]), { email: 'someone@example.com' })).status).toBe(201);

    // Once the holds are released (or collected), the shopper may reserve again.
    expect(await releaseExpiredPickups(db.db, new Date(Date.now() + 4 * 24 * 3_600_000))).toBeGreaterThanOrEqual(2);
    expect((await placeBag(await bagWith([[shelf[20]!, 1]]), { email: 'many@example.com' })).status).toBe(201);
  });

  it(`holds at most ${PICKUP_HOLD_LIMITS.unitsPerItem} of one item per shopper, in one order or across several`, async () => {
    const [item] = shelf;
    const sixOfOne = await placeBag(await bagWith([[item!, 6]]), { email: 'one-item@example.com' });
    expect(sixOfOne.status).toBe(409);
    expect(sixOfOne.body.error).toMatchObject({ code: 'reservation_limit', scope: 'order', skus: [item!.sku] });
    expect((await placeBag(await bagWith([[item!, 5]]), { email: 'one-item@example.com' })).status).toBe(201);
    const oneMore = await placeBag(await bagWith([[item!, 1]]), { email: 'one-item@example.com' });
    expect(oneMore.body.error).toMatchObject({ code: 'reservation_limit', scope: 'contact', skus: [item!.sku] });
  });

  it('counts concurrent checkouts of one shopper one after the other: 12 bags of 4 pieces at once, exactly 5 placed', async () => {
    const bags = [];
    for (let i = 0; i < 12; i++) bags.push(await bagWith([[shelf[i]!, 4]]));
    const results = await Promise.all(bags.map((token) => placeBag(token, { email: 'racer@example.com' })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(5);
    const refused = results.filter((r) => r.status === 409);
    expect(refused).toHaveLength(7);
    for (const r of refused) expect(r.body.error?.code).toBe('reservation_limit');
    const [held] = rowsOf(
      z.object({ units: sqlNumber }),
      await db.db.execute(sql`SELECT coalesce(sum(r.quantity), 0)::int AS units FROM reservations r
        JOIN orders o ON o.id = r.order_id WHERE o.email = 'racer@example.com' AND r.status = 'held'`),
    );
    expect(held!.units).toBe(PICKUP_HOLD_LIMITS.units);
  });

  it("bounds the test card too, which moves no money: a delivery of 30 lines is refused, and a day's unpaid deliveries add up per shopper", async () => {
    const warehouse = rowsOf(
      z.object({ variant_id: z.string(), location_id: z.string() }),
      await db.db.execute(sql`
        SELECT s.variant_id, s.location_id FROM stock_levels s
        JOIN inventory_locations l ON l.id = s.location_id AND l.kind = 'warehouse' AND l.market = 'KR'
        ORDER BY s.variant_id LIMIT 30`),
    );
    for (const w of warehouse) await setStock(db.db, w.location_id, w.variant_id, 50);
    const before = await stockFingerprint();
    const hoard = await payByTestCard(
      await deliveryBagWith(warehouse.map((w) => [w.variant_id, 10])),
      'ship-hoarder@example.com',
    );
    expect(hoard.status).toBe(409);
    expect(hoard.body.error).toMatchObject({ code: 'reservation_limit', scope: 'order' });
    expect(await stockFingerprint()).toEqual(before);

    const normal = await payByTestCard(
      await deliveryBagWith(warehouse.slice(0, 4).map((w) => [w.variant_id, 2])),
      'ship-shopper@example.com',
    );
    expect(normal.status).toBe(201);
    const again = await payByTestCard(
      await deliveryBagWith(warehouse.slice(4, 10).map((w) => [w.variant_id, 3])),
      'Ship-Shopper+2@example.com',
    );
    expect(again.body.error).toMatchObject({ code: 'reservation_limit', scope: 'contact' });
  });

  it("gives one address a day's budget of unpaid units, whatever e-mails it makes up; another address is not held back", async () => {
    const units = Number(process.env.AISLE_HOLD_UNITS_PER_ADDRESS ?? 60);
    expect(units).toBe(60);
    const results = [];
    // Twelve throwaway e-mails, 5 lines of 2 each (10 units): within every per-shopper limit.
    for (let i = 0; i < 7; i++) {
      const bag = await bagWith(shelf.slice(i * 5, i * 5 + 5).map((item) => [item, 2]));
      results.push(await placeBag(bag, { email: `hoard${i}@attacker.example` }, { from: '198.51.100.23' }));
    }
    expect(results.slice(0, 6).map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    expect(results[6]!.status).toBe(409);
    expect(results[6]!.body.error).toMatchObject({ code: 'reservation_limit', scope: 'address' });
    // A shopper elsewhere still gets the last of it.
    const elsewhere = await placeBag(
      await bagWith([[shelf[35]!, 1]]),
      { email: 'someone@example.net' },
      { from: '203.0.113.40' },
    );
    expect(elsewhere.status).toBe(201);
  });
});
