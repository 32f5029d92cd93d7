import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { rowsOf } from '@/lib/db/rows';
import { emitEvent } from '@/lib/integrations/events';
import { locationCodeSql } from './location-code';

/** A stock row's available (on hand − reserved − safety stock) before and after one write. */
export type StockMove = { locationId: string; variantId: string; before: number; after: number; threshold: number };

const named = z.object({ location_id: z.string(), code: z.string(), variant_id: z.string(), sku: z.string() });

/** Whether the write took the row from above its location's threshold to at or below it. */
export const crossesLow = (m: StockMove) => m.before > m.threshold && m.after <= m.threshold;

/**
 * Emits `stock.low` for every move that crossed its location's threshold, in the caller's
 * transaction (the one that made the move): once on the way down, never again while the row stays
 * below, and again only after it rose above. The payload names the place and the variant, nothing
 * about who bought.
 */
export async function emitLowStock(tx: Db, moves: StockMove[], now: Date): Promise<number> {
  const crossed = moves.filter(crossesLow);
  if (crossed.length === 0) return 0;
  const names = rowsOf(
    named,
    await tx.execute(sql`
      SELECT l.id AS location_id, ${locationCodeSql('l', 'st')} AS code,
        v.id AS variant_id, v.sku
      FROM unnest(${sql.param(crossed.map((m) => m.locationId))}::text[],
          ${sql.param(crossed.map((m) => m.variantId))}::text[]) AS k(location_id, variant_id)
      JOIN inventory_locations l ON l.id = k.location_id
      LEFT JOIN stores st ON st.id = l.store_id
      JOIN variants v ON v.id = k.variant_id`),
  );
  const byKey = new Map(names.map((n) => [`${n.location_id}|${n.variant_id}`, n]));
  for (const m of crossed) {
    const name = byKey.get(`${m.locationId}|${m.variantId}`);
    if (!name) continue;
    await emitEvent(
      tx,
      {
        type: 'stock.low',
        data: {
          location: name.code,
          sku: name.sku,
          variantId: m.variantId,
          available: Math.max(m.after, 0),
          threshold: m.threshold,
        },
      },
      now,
    );
  }
  return crossed.length;
}
