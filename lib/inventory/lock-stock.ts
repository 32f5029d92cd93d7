import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';

/**
 * Locks these stock rows in one fixed order (location, then variant), in the caller's
 * transaction, before it changes several of them. Every write that changes more than one
 * stock row calls it first: two that took the same rows each in their own order (one bag
 * holding X then Y, another Y then X) would wait on each other, and PostgreSQL would end one
 * of them with a deadlock, a 500 to the shopper.
 */
export async function lockStockRows(tx: Db, rows: readonly { locationId: string; variantId: string }[]): Promise<void> {
  if (rows.length < 2) return;
  await tx.execute(sql`
    SELECT 1 FROM stock_levels
    WHERE (location_id, variant_id) IN (
      SELECT * FROM unnest(${sql.param(rows.map((r) => r.locationId))}::text[], ${sql.param(rows.map((r) => r.variantId))}::text[]))
    ORDER BY location_id, variant_id
    FOR UPDATE`);
}
