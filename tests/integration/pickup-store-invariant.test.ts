import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { addOrderToCart } from '@/lib/cart/buy-again';
import { mergeGuestCart } from '@/lib/cart/merge-guest-cart';
import { addLine, removeLine, setPickupStore, updateLine } from '@/lib/cart/mutate-cart';
import { findOrCreateCartId } from '@/lib/cart/find-cart';
import { newGuestToken } from '@/lib/cart/guest-cookie';
import { readCart } from '@/lib/cart/read-cart';
import type { Cart, Fulfillment } from '@/lib/cart/schema';
import { rowsOf } from '@/lib/db/rows';
import { AppError } from '@/lib/http/errors';
import { getOrderOrThrow } from '@/lib/orders/read-order';
import { placeOrder } from '@/lib/orders/place-order';
import type { Order } from '@/lib/orders/schema';
import { makeUser } from '../support/accounts';
import { setStock } from '../support/checkout-fixtures';
import { useTestDb } from '../support/test-db';

const db = useTestDb();
let stores: { storeId: string; locationId: string }[];
let variants: string[];
/** A past pickup order from the first store (the "Haeundae" of the issue), to buy again from. */
let pastOrder: Order;

beforeAll(async () => {
  stores = rowsOf(
    z.object({ store_id: z.string(), id: z.string() }),
    await db.db.execute(
      sql`SELECT store_id, id FROM inventory_locations WHERE kind = 'store' AND store_id IN (SELECT id FROM stores WHERE country = 'KR') ORDER BY store_id LIMIT 3`,
    ),
  ).map((r) => ({ storeId: r.store_id, locationId: r.id }));
  variants = rowsOf(
    z.object({ id: z.string() }),
    await db.db.execute(sql`SELECT id FROM variants ORDER BY id LIMIT 3`),
  ).map((r) => r.id);
  // Scarce at some stores, plentiful at others, so moves report shortfalls too.
  for (const [i, store] of stores.entries())
    for (const [j, variantId] of variants.entries())
      await setStock(db.db, store.locationId, variantId, (i + j) % 3 === 0 ? 1 : 30);
  for (const variantId of variants) await setStock(db.db, 'loc_online', variantId, 30);
  const user = await makeUser(db.db, 'past-order@example.com');
  const cartId = await findOrCreateCartId(db.db, { userId: user.id }, new Date());
  const at: Fulfillment = { type: 'pickup', storeId: stores[0]!.storeId };
  await addLine(db.db, cartId, { variantId: variants[1]!, quantity: 1, fulfillment: at }, { now: new Date() });
  await addLine(db.db, cartId, { variantId: variants[2]!, quantity: 1, fulfillment: at }, { now: new Date() });
  const { orderId } = await placeOrder(db.db, {
    cartId,
    userId: user.id,
    body: { contact: { email: 'past-order@example.com' }, payment: { method: 'pay_at_pickup' } },
    now: new Date(),
  });
  pastOrder = await getOrderOrThrow(db.db, orderId);
});

const place = fc.option(fc.integer({ min: 0, max: 2 }), { nil: null });
const fulfillmentAt = (k: number | null): Fulfillment =>
  k === null ? { type: 'ship' } : { type: 'pickup', storeId: stores[k]!.storeId };

const operation = fc.oneof(
  fc.record({
    op: fc.constant('add' as const),
    item: fc.integer({ min: 0, max: 2 }),
    at: place,
    quantity: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ op: fc.constant('move' as const), line: fc.nat(), at: place }),
  fc.record({ op: fc.constant('quantity' as const), line: fc.nat(), quantity: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ op: fc.constant('remove' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('store' as const), at: place }),
  fc.record({ op: fc.constant('buyAgain' as const), at: place, quantity: fc.integer({ min: 1, max: 3 }) }),
  fc.record({
    op: fc.constant('merge' as const),
    item: fc.integer({ min: 0, max: 2 }),
    at: fc.integer({ min: 0, max: 2 }),
  }),
);

/** The rule: every pickup line is for the bag's pickup store. */
function expectOneStore(cart: Cart, after: string) {
  const stray = cart.lines.filter(
    (l) => l.fulfillment.type === 'pickup' && l.fulfillment.storeId !== cart.pickupStoreId,
  );
  expect(stray, `after ${after}: the bag says ${cart.pickupStoreId} but lines say otherwise`).toEqual([]);
}

describe('the bag never contradicts itself', () => {
  it('every pickup line’s store is the bag’s pickup store, after any sequence of changes', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 8 }), async (ops) => {
        run++;
        const user = await makeUser(db.db, `invariant-${run}-${Date.now()}@example.com`);
        const cartId = await findOrCreateCartId(db.db, { userId: user.id }, new Date());
        const opts = () => ({ now: new Date() });
        for (const o of ops) {
          const cart = await readCart(db.db, cartId);
          const line = cart.lines.length ? cart.lines[('line' in o ? o.line : 0) % cart.lines.length] : undefined;
          try {
            if (o.op === 'add')
              await addLine(
                db.db,
                cartId,
                { variantId: variants[o.item]!, quantity: o.quantity, fulfillment: fulfillmentAt(o.at) },
                opts(),
              );
            else if (o.op === 'move' && line)
              await updateLine(db.db, cartId, line.id, { fulfillment: fulfillmentAt(o.at) }, opts());
            else if (o.op === 'quantity' && line)
              await updateLine(db.db, cartId, line.id, { quantity: o.quantity }, opts());
            else if (o.op === 'remove' && line) await removeLine(db.db, cartId, line.id, opts());
            else if (o.op === 'store')
              await setPickupStore(db.db, cartId, o.at === null ? null : stores[o.at]!.storeId, opts());
            else if (o.op === 'buyAgain')
              await addOrderToCart(
                db.db,
                cartId,
                pastOrder,
                {
                  lines: pastOrder.lines.map((l) => ({ variantId: l.variantId!, quantity: o.quantity })),
                  fulfillment: fulfillmentAt(o.at),
                },
                opts(),
              );
            else if (o.op === 'merge') {
              const token = newGuestToken();
              const guestCart = await findOrCreateCartId(db.db, { guestToken: token }, new Date());
              await addLine(
                db.db,
                guestCart,
                { variantId: variants[o.item]!, quantity: 1, fulfillment: fulfillmentAt(o.at) },
                opts(),
              );
              await mergeGuestCart(db.db, token, user.id, new Date());
            }
          } catch (error) {
            // A refused change (not enough stock there) changes nothing, and is allowed.
            if (!(error instanceof AppError)) throw error;
          }
          expectOneStore(await readCart(db.db, cartId), JSON.stringify(o));
        }
      }),
      { numRuns: 20 },
    );
  }, 240_000);

  it('buying again from another store’s order puts the items at the bag’s store', async () => {
    const user = await makeUser(db.db, 'jamsil-shopper@example.com');
    const cartId = await findOrCreateCartId(db.db, { userId: user.id }, new Date());
    await setPickupStore(db.db, cartId, stores[1]!.storeId, { now: new Date() });
    await addOrderToCart(
      db.db,
      cartId,
      pastOrder,
      { lines: [{ variantId: pastOrder.lines[0]!.variantId!, quantity: 1 }], fulfillment: fulfillmentAt(1) },
      { now: new Date() },
    );
    const cart = await readCart(db.db, cartId);
    expect(cart.pickupStoreId).toBe(stores[1]!.storeId);
    expect(cart.lines.map((l) => l.fulfillment)).toEqual([{ type: 'pickup', storeId: stores[1]!.storeId }]);
    expect(pastOrder.lines[0]!.fulfillment).toEqual({ type: 'pickup', storeId: stores[0]!.storeId });
  });
});
