import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { inventoryLocations } from '@/lib/db/schema';
import { AppError, notFoundError } from '@/lib/http/errors';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { notifyRestocked } from './notify-restocked';

export type StockChange =
  /** A stock count: what is on the shelf now (never below what is held for pickups). */
  | { locationId: string; variantId: string; count: number }
  /** A delivery (positive) or a write-off (negative). */
  | { locationId: string; variantId: string; delta: number };

const level = z.object({ on_hand: sqlNumber, reserved: sqlNumber });

/**
 * The one write for on-hand stock from counts and adjustments (issues 17/18 build their routes on
 * it). On hand never goes below what is reserved, so a pickup already promised stays promised; a
 * rise answers the "back in stock" requests waiting there, in the same transaction.
 */
export async function adjustStock(
  db: Db,
  change: StockChange,
  now: Date,
): Promise<{ onHand: number; reserved: number }> {
  const amount = 'count' in change ? change.count : change.delta;
  if (!Number.isSafeInteger(amount) || ('count' in change && amount < 0)) {
    throw new AppError('invalid_request', 'A stock count is a whole number of units, not below 0');
  }
  const target = 'count' in change ? sql`${change.count}` : sql`stock_levels.on_hand + ${change.delta}`;
  const initial = 'count' in change ? change.count : change.delta;
  return inTransaction(db, async (tx) => {
    const [row] = rowsOf(
      level,
      await tx.execute(sql`
        INSERT INTO stock_levels (location_id, variant_id, on_hand, reserved)
        VALUES (${change.locationId}, ${change.variantId}, ${Math.max(initial, 0)}, 0)
        ON CONFLICT (location_id, variant_id) DO UPDATE
          SET on_hand = greatest(${target}, stock_levels.reserved, 0)
        RETURNING on_hand, reserved`),
    );
    await notifyRestocked(tx, change.locationId, [change.variantId], now);
    return { onHand: row!.on_hand, reserved: row!.reserved };
  });
}

/** The stock pool of a store (counts are made per store). */
export async function storeLocationId(db: Db, storeId: string): Promise<string> {
  const [row] = await db
    .select({ id: inventoryLocations.id })
    .from(inventoryLocations)
    .where(and(eq(inventoryLocations.kind, 'store'), eq(inventoryLocations.storeId, storeId)));
  if (!row) throw notFoundError('Store');
  return row.id;
}
