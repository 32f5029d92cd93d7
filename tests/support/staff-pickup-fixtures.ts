import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { addLine } from '@/lib/cart/mutate-cart';
import { findOrCreateCartId } from '@/lib/cart/find-cart';
import { newGuestToken } from '@/lib/cart/guest-cookie';
import type { Db } from '@/lib/db';
import { rowsOf } from '@/lib/db/rows';
import { placeOrder } from '@/lib/orders/place-order';

/** The store's first stocked variant (by id, skipping `offset`), with room for one more unit held. */
export async function stockedVariantAt(db: Db, storeId: string, offset = 0) {
  const [row] = rowsOf(
    z.object({ variant_id: z.string(), sku: z.string(), location_id: z.string() }),
    await db.execute(sql`
      SELECT v.id AS variant_id, v.sku, l.id AS location_id FROM variants v
      JOIN inventory_locations l ON l.store_id = ${storeId}
      JOIN products p ON p.id = v.product_id AND p.status = 'active'
      WHERE v.archived_at IS NULL
      ORDER BY v.id OFFSET ${offset} LIMIT 1`),
  );
  if (!row) throw new Error(`no variant for store ${storeId}`);
  // Enough free units for another pickup, whatever earlier tests held (nothing held is dropped).
  await db.execute(sql`
    INSERT INTO stock_levels (location_id, variant_id, on_hand, reserved) VALUES (${row.location_id}, ${row.variant_id}, 20, 0)
    ON CONFLICT (location_id, variant_id) DO UPDATE
      SET on_hand = greatest(stock_levels.on_hand, stock_levels.reserved + coalesce(stock_levels.safety_stock, 0) + 20)`);
  return { variantId: row.variant_id, sku: row.sku, locationId: row.location_id };
}

let placed = 0;

/** A guest's pay-at-pickup order of one unit at the store, still reserved: its id and pickup code. */
export async function pickupOrderAt(db: Db, storeId: string): Promise<{ orderId: string; code: string }> {
  const item = await stockedVariantAt(db, storeId);
  const now = new Date();
  const cartId = await findOrCreateCartId(db, { guestToken: newGuestToken() }, now);
  await addLine(
    db,
    cartId,
    { variantId: item.variantId, quantity: 1, fulfillment: { type: 'pickup', storeId } },
    { now },
  );
  const { orderId } = await placeOrder(db, {
    cartId,
    userId: null,
    // A contact of its own per order: one shopper's uncollected pickups are limited.
    body: {
      contact: { email: `staff-fixture-${++placed}-${now.getTime()}@example.com` },
      payment: { method: 'pay_at_pickup' },
    },
    now,
  });
  const [pickup] = rowsOf(
    z.object({ code: z.string() }),
    await db.execute(sql`SELECT code FROM pickups WHERE order_id = ${orderId} AND store_id = ${storeId}`),
  );
  return { orderId, code: pickup!.code };
}
