import 'server-only';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { rowsOf } from '@/lib/db/rows';
import { locationCodeSql } from './location-code';
import {
  ADJUSTMENT_REASONS,
  type AdjustmentReason,
  type StockFeedBody,
  type StockFeedResult,
} from './stock-feed-schema';

/** A count or an adjustment with its place and variant found, ready to apply. */
export type FeedRow = {
  slot: number;
  locationId: string;
  variantId: string;
  result: Pick<StockFeedResult, 'type' | 'index' | 'location' | 'sku' | 'externalId'>;
} & (
  | { type: 'count'; onHand: number; asOf: Date }
  | {
      type: 'adjustment';
      delta: number;
      reason: AdjustmentReason;
      externalId: string;
      occurredAt: Date | null;
      contentHash: string;
    }
);

/** How far ahead of the server clock a count or an adjustment may be dated (clock skew). */
const FUTURE_SKEW_MS = 5 * 60 * 1000;

const locationRow = z.object({ id: z.string(), code: z.string() });
const variantRow = z.object({ id: z.string(), sku: z.string() });

/** Location codes (store slugs; `online`, `online-jp`, `online-sg` for the warehouses) to their stock pools. */
export async function locationIdsByCode(db: Db, codes: string[]): Promise<Map<string, string>> {
  const rows = rowsOf(
    locationRow,
    await db.execute(sql`
      SELECT id, code FROM (
        SELECT l.id, ${locationCodeSql('l', 's')} AS code
        FROM inventory_locations l LEFT JOIN stores s ON s.id = l.store_id
      ) named
      WHERE code = ANY(${sql.param(codes)}::text[])
      ORDER BY id`),
  );
  const out = new Map<string, string>();
  for (const r of rows) if (!out.has(r.code)) out.set(r.code, r.id);
  return out;
}

export async function variantIdsBySku(db: Db, skus: string[]): Promise<Map<string, string>> {
  const rows = rowsOf(
    variantRow,
    await db.execute(sql`SELECT id, sku FROM variants WHERE sku = ANY(${sql.param(skus)}::text[])`),
  );
  return new Map(rows.map((r) => [r.sku, r.id]));
}

const rowError = (code: string, message: string) => ({ status: 'error' as const, error: { code, message } });

/**
 * Every row of a stock request, in request order (counts, then adjustments), either ready to
 * apply or already answered with its error: an unknown place or SKU, a date in the future, a
 * delta whose sign its reason contradicts. One bad row never stops the others.
 */
export async function resolveStockRows(
  db: Db,
  body: StockFeedBody,
  now: Date,
): Promise<{ rows: FeedRow[]; answered: Map<number, StockFeedResult> }> {
  const counts = body.counts ?? [];
  const adjustments = body.adjustments ?? [];
  const all = [...counts, ...adjustments];
  const locations = await locationIdsByCode(db, [...new Set(all.map((r) => r.location))]);
  const variants = await variantIdsBySku(db, [...new Set(all.map((r) => r.sku))]);
  const rows: FeedRow[] = [];
  const answered = new Map<number, StockFeedResult>();
  const latest = now.getTime() + FUTURE_SKEW_MS;

  const place = (slot: number, r: { location: string; sku: string }, result: FeedRow['result']) => {
    const locationId = locations.get(r.location);
    const variantId = variants.get(r.sku);
    if (!locationId)
      answered.set(slot, {
        ...result,
        ...rowError('unknown_location', 'No such store code (or online, online-jp, online-sg)'),
      });
    else if (!variantId) answered.set(slot, { ...result, ...rowError('unknown_sku', 'No variant has this SKU') });
    else return { locationId, variantId };
    return null;
  };

  counts.forEach((c, index) => {
    const result = { type: 'count' as const, index, location: c.location, sku: c.sku };
    const found = place(index, c, result);
    if (!found) return;
    const asOf = new Date(c.asOf);
    if (asOf.getTime() > latest) {
      answered.set(index, { ...result, ...rowError('as_of_in_future', 'asOf is ahead of the server clock') });
      return;
    }
    rows.push({ slot: index, ...found, result, type: 'count', onHand: c.onHand, asOf });
  });
  adjustments.forEach((a, index) => {
    const slot = counts.length + index;
    const result = { type: 'adjustment' as const, index, location: a.location, sku: a.sku, externalId: a.externalId };
    const found = place(slot, a, result);
    if (!found) return;
    const occurredAt = a.occurredAt ? new Date(a.occurredAt) : null;
    const sign = ADJUSTMENT_REASONS[a.reason];
    if (sign !== 0 && Math.sign(a.delta) !== sign) {
      const message = `A ${a.reason} adjustment is ${sign > 0 ? 'positive' : 'negative'}`;
      answered.set(slot, { ...result, ...rowError('delta_sign_mismatch', message) });
    } else if (occurredAt && occurredAt.getTime() > latest) {
      answered.set(slot, {
        ...result,
        ...rowError('occurred_at_in_future', 'occurredAt is ahead of the server clock'),
      });
    } else {
      const content = [found.locationId, found.variantId, a.delta, a.reason, occurredAt?.toISOString() ?? null];
      const contentHash = createHash('sha256').update(JSON.stringify(content)).digest('hex');
      rows.push({
        slot,
        ...found,
        result,
        type: 'adjustment',
        delta: a.delta,
        reason: a.reason,
        externalId: a.externalId,
        occurredAt,
        contentHash,
      });
    }
  });
  return { rows, answered };
}
