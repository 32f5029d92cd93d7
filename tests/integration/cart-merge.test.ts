import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '@/lib/auth/accounts';
import { mergeGuestCart } from '@/lib/cart/merge-guest-cart';
import { addLine } from '@/lib/cart/mutate-cart';
import { findOrCreateCartId } from '@/lib/cart/find-cart';
import { newGuestToken } from '@/lib/cart/guest-cookie';
import { readCart } from '@/lib/cart/read-cart';
import { MAX_LINE_QUANTITY, type Cart } from '@/lib/cart/schema';
import { availableAt } from '@/lib/cart/stock';
import { carts } from '@/lib/db/schema';
import { rowsOf } from '@/lib/db/rows';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb({ provide: false });
let pool: { variantId: string; storeId: string }[];

beforeAll(async () => {
  // A mix of plentiful and scarce variants, so caps by stock and by the line limit both happen.
  pool = rowsOf(
    z.object({ variant_id: z.string(), store_id: z.string() }),
    await db.db.execute(sql`
      SELECT s.variant_id, l.store_id FROM stock_levels s
      JOIN inventory_locations l ON l.id = s.location_id AND l.kind = 'store' AND l.store_id IN (SELECT id FROM stores WHERE country = 'KR')
      WHERE EXISTS (SELECT 1 FROM stock_levels w WHERE w.variant_id = s.variant_id AND w.location_id = 'loc_online')
      ORDER BY (s.on_hand % 7), s.variant_id LIMIT 6`),
  ).map((r) => ({ variantId: r.variant_id, storeId: r.store_id }));
});

const lineArb = fc.record({
  item: fc.integer({ min: 0, max: 5 }),
  pickup: fc.boolean(),
  quantity: fc.integer({ min: 1, max: MAX_LINE_QUANTITY }),
});

const toPlace = (pick: { item: number; pickup: boolean }) => {
  const { variantId, storeId } = pool[pick.item % pool.length]!;
  return pick.pickup
    ? { variantId, fulfillment: { type: 'pickup' as const, storeId } }
    : { variantId, fulfillment: { type: 'ship' as const } };
};

/** Writes lines straight into a cart, as a cart could hold them from earlier sessions. */
async function fill(cartId: string, lines: { item: number; pickup: boolean; quantity: number }[]) {
  for (const l of lines) {
    const place = toPlace(l);
    const cap = Math.min(
      MAX_LINE_QUANTITY,
      await availableAt(db.db, place.variantId, {
        fulfillment: place.fulfillment.type,
        storeId: place.fulfillment.type === 'pickup' ? place.fulfillment.storeId : null,
      }),
    );
    const cart = await readCart(db.db, cartId);
    const had =
      cart.lines.find(
        (x) => x.variantId === place.variantId && JSON.stringify(x.fulfillment) === JSON.stringify(place.fulfillment),
      )?.quantity ?? 0;
    const quantity = Math.min(l.quantity, cap - had);
    if (quantity > 0) await addLine(db.db, cartId, { ...place, quantity }, { now: new Date() });
  }
}

/** A bag has one pickup store, so a pickup line is known by its item: the guest's join the account's store. */
const identity = (l: Cart['lines'][number]): string => `${l.variantId}|${l.fulfillment.type}`;

describe(`merging a guest cart into an account (${DB_LABEL})`, () => {
  it('never loses a line, never exceeds a cap it did not already exceed, and is idempotent', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(lineArb, { maxLength: 5 }),
        fc.array(lineArb, { minLength: 1, maxLength: 5 }),
        async (accountLines, guestLines) => {
          run++;
          const { userId } = await signUp(
            db.db,
            { email: `merge-${run}-${Date.now()}@example.com`, password: 'password123', name: 'M' },
            new Date(),
          );
          const accountCartId = await findOrCreateCartId(db.db, { userId: userId! }, new Date());
          const token = newGuestToken();
          const guestCartId = await findOrCreateCartId(db.db, { guestToken: token }, new Date());
          await fill(accountCartId, accountLines);
          await fill(guestCartId, guestLines);
          const before = await readCart(db.db, accountCartId);
          const guest = await readCart(db.db, guestCartId);

          const first = await mergeGuestCart(db.db, token, userId!, new Date());
          const after = await readCart(db.db, accountCartId);

          const afterBy = new Map(after.lines.map((l) => [identity(l), l]));
          // Nothing lost: every line of either cart is in the result.
          for (const l of [...before.lines, ...guest.lines]) expect(afterBy.has(identity(l))).toBe(true);
          for (const l of after.lines) {
            const had = before.lines.find((b) => identity(b) === identity(l))?.quantity ?? 0;
            const added = guest.lines.find((g) => identity(g) === identity(l))?.quantity ?? 0;
            expect(l.quantity).toBeLessThanOrEqual(had + added);
            expect(l.quantity).toBeGreaterThanOrEqual(Math.max(had, 1));
            // Capped by the line limit and the stock there, unless the account already held more, or
            // the guest's line moved to the account's store, which is then said to have less.
            const said = first.notices.some((n) => n.code === 'availability_changed' && n.sku === l.sku);
            if (!said)
              expect(l.quantity).toBeLessThanOrEqual(Math.max(had, 1, Math.min(MAX_LINE_QUANTITY, l.available)));
            // One bag, one pickup store.
            if (l.fulfillment.type === 'pickup') expect(l.fulfillment.storeId).toBe(after.pickupStoreId);
            if (l.quantity < had + added) {
              expect(first.notices.some((n) => n.code === 'quantity_capped' && n.sku === l.sku)).toBe(true);
            }
          }
          expect(first.merged).toBe(true);

          // Merging again (another tab, a retry) changes nothing.
          const second = await mergeGuestCart(db.db, token, userId!, new Date());
          expect(second.merged).toBe(false);
          expect(await readCart(db.db, accountCartId)).toEqual(after);
          const [guestRow] = await db.db.select().from(carts).where(eq(carts.id, guestCartId));
          expect(guestRow?.mergedIntoId).toBe(accountCartId);
        },
      ),
      { numRuns: 25 },
    );
    // Each run signs up (argon2) and writes two bags: on a busy 2-core machine that takes a while.
  }, 240_000);
});
