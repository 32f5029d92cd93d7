import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { AppError } from '@/lib/http/errors';
import { applyStockFeed } from '@/lib/inventory/apply-stock-feed';
import type { StaffActor } from '@/lib/staff-pickups/work-pickup';
import { readStoreStock, shownStock } from './read-store-stock';
import type { CountBody, CountResponse } from './schema';

/**
 * An associate's count of one SKU at their store: an absolute count `asOf` now, applied by the
 * stock feed's own code (POST /api/integrations/stock), so the rules are the retailer's systems'
 * exactly: never below what is held for orders (refused, not clipped), a later count already
 * applied wins, `stock.low` when it crosses the threshold, back-in-stock requests told. Audited
 * with the numbers before and after, in the same transaction.
 */
export async function postStoreCount(
  db: Db,
  actor: StaffActor,
  storeId: string,
  body: CountBody,
  now: Date,
): Promise<CountResponse> {
  return inTransaction(db, async (tx) => {
    const found = await readStoreStock(tx, storeId, body.sku);
    // The row exists and is ours until commit: "before" is exactly what the count replaces.
    await tx.execute(sql`
      INSERT INTO stock_levels (location_id, variant_id) VALUES (${found.locationId}, ${found.variantId})
      ON CONFLICT DO NOTHING`);
    await tx.execute(sql`
      SELECT 1 FROM stock_levels WHERE location_id = ${found.locationId} AND variant_id = ${found.variantId}
      FOR NO KEY UPDATE`);
    const before = await readStoreStock(tx, storeId, body.sku);
    const [result] = await applyStockFeed(
      tx,
      { counts: [{ location: before.storeCode, sku: before.sku, onHand: body.onHand, asOf: now.toISOString() }] },
      now,
    );
    if (result?.status === 'conflict') {
      throw new AppError(
        'count_below_reserved',
        `${before.reserved} units are held for pickup orders: on hand may not be counted below that. Find the held units, or release the orders first`,
        { fields: { onHand: [`At least ${before.reserved}`] }, details: { reserved: before.reserved } },
      );
    }
    if (result?.status === 'stale') {
      throw new AppError('count_stale', 'A later count of this SKU was already applied here; count again');
    }
    if (result?.status !== 'applied') {
      throw new AppError('invalid_request', result?.error?.message ?? 'The count could not be applied');
    }
    const after = await readStoreStock(tx, storeId, body.sku);
    await actor.audit(tx, {
      action: 'count.posted',
      storeId,
      target: before.sku,
      before: { onHand: before.onHand, reserved: before.reserved, available: before.available },
      after: { onHand: after.onHand, reserved: after.reserved, available: after.available },
      at: now,
    });
    return { before: shownStock(before), stock: shownStock(after) };
  });
}
