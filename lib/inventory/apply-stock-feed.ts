import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { rowsOf, sqlDate, sqlNumber } from '@/lib/db/rows';
import { availableOf, byStockRow } from './available-sql';
import { emitLowStock, type StockMove } from './low-stock';
import { notifyRestocked } from './notify-restocked';
import { resolveStockRows, type FeedRow } from './resolve-stock-rows';
import { MAX_ON_HAND, type StockFeedBody, type StockFeedResult } from './stock-feed-schema';

/**
 * Rows per transaction. A batch locks its stock rows for a few statements and commits, so a
 * checkout waits for one batch at most, never for the whole feed.
 */
export const FEED_BATCH_ROWS = 200;

const lockedRow = z.object({
  location_id: z.string(),
  variant_id: z.string(),
  on_hand: sqlNumber,
  reserved: sqlNumber,
  safety: sqlNumber,
  threshold: sqlNumber,
  counted_at: sqlDate.nullable(),
});
type Level = { onHand: number; reserved: number; safety: number; threshold: number; countedAt: Date | null };
const keyOf = (r: { locationId: string; variantId: string }) => `${r.locationId}|${r.variantId}`;

/**
 * A stock feed from the retailer's systems: absolute counts and idempotent adjustments, each row
 * answered on its own (applied, stale, duplicate, conflict, error). Rows are applied per location
 * and variant in (location, variant) order, the order checkout locks stock rows in, in batches of
 * FEED_BATCH_ROWS, each its own short transaction. For each location and variant, its counts
 * come first (oldest asOf first), then its adjustments in the order sent.
 */
export async function applyStockFeed(db: Db, body: StockFeedBody, now: Date): Promise<StockFeedResult[]> {
  const { rows, answered } = await resolveStockRows(db, body, now);
  const groups = new Map<string, FeedRow[]>();
  for (const r of rows) groups.set(keyOf(r), [...(groups.get(keyOf(r)) ?? []), r]);
  const sorted = [...groups.values()].sort((a, b) => byStockRow(a[0]!, b[0]!));
  for (const batch of batchesOf(sorted)) {
    // A stock row for every pair first, committed on its own: the batch then only locks rows that
    // exist, in order, and two feeds that create the same rows cannot wait on each other in a cycle.
    await createMissingRows(db, batch);
    for (let attempt = 1; ; attempt++) {
      try {
        const done = await inTransaction(db, (tx) => applyBatch(tx, batch, now));
        for (const [slot, result] of done) answered.set(slot, result);
        break;
      } catch (error) {
        if (!(error instanceof LostExternalId) || attempt === 3) throw error;
      }
    }
  }
  const total = (body.counts?.length ?? 0) + (body.adjustments?.length ?? 0);
  return Array.from({ length: total }, (_, slot) => answered.get(slot)!);
}

function batchesOf(groups: FeedRow[][]): FeedRow[][][] {
  const out: FeedRow[][][] = [];
  let current: FeedRow[][] = [];
  let size = 0;
  for (const g of groups) {
    if (size > 0 && size + g.length > FEED_BATCH_ROWS) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(g);
    size += g.length;
  }
  if (current.length) out.push(current);
  return out;
}

const pairs = (batch: FeedRow[][]) => ({
  locations: sql.param(batch.map((g) => g[0]!.locationId)),
  variants: sql.param(batch.map((g) => g[0]!.variantId)),
});

async function createMissingRows(db: Db, batch: FeedRow[][]) {
  const { locations, variants } = pairs(batch);
  await db.execute(sql`
    INSERT INTO stock_levels (location_id, variant_id)
    SELECT * FROM unnest(${locations}::text[], ${variants}::text[]) AS k(location_id, variant_id)
    ORDER BY k.location_id COLLATE "C", k.variant_id COLLATE "C"
    ON CONFLICT DO NOTHING`);
}

/** A concurrent request recorded one of the batch's external ids first: the batch rolls back and runs again. */
class LostExternalId extends Error {}

/** One batch in one transaction. */
async function applyBatch(tx: Db, batch: FeedRow[][], now: Date): Promise<Map<number, StockFeedResult>> {
  const { locations, variants } = pairs(batch);
  const locked = rowsOf(
    lockedRow,
    await tx.execute(sql`
      SELECT s.location_id, s.variant_id, s.on_hand, s.reserved, coalesce(s.safety_stock, l.safety_stock) AS safety,
        l.low_stock_threshold AS threshold, s.counted_at
      FROM stock_levels s
      JOIN unnest(${locations}::text[], ${variants}::text[]) AS k(location_id, variant_id)
        ON s.location_id = k.location_id AND s.variant_id = k.variant_id
      JOIN inventory_locations l ON l.id = s.location_id
      ORDER BY s.location_id COLLATE "C", s.variant_id COLLATE "C"
      FOR NO KEY UPDATE OF s`),
  );
  const levels = new Map(
    locked.map((r) => [
      keyOf({ locationId: r.location_id, variantId: r.variant_id }),
      { onHand: r.on_hand, reserved: r.reserved, safety: r.safety, threshold: r.threshold, countedAt: r.counted_at },
    ]),
  );
  const externalIds = batch.flat().flatMap((r) => (r.type === 'adjustment' ? [r.externalId] : []));
  const known = new Map(
    externalIds.length
      ? rowsOf(
          z.object({ external_id: z.string(), content_hash: z.string() }),
          await tx.execute(sql`
            SELECT external_id, content_hash FROM stock_adjustments
            WHERE external_id = ANY(${sql.param(externalIds)}::text[])`),
        ).map((r) => [r.external_id, r.content_hash])
      : [],
  );

  const results = new Map<number, StockFeedResult>();
  const recorded: (FeedRow & { type: 'adjustment'; status: 'applied' | 'stale' })[] = [];
  const changed: { locationId: string; variantId: string; level: Level }[] = [];
  const moves: StockMove[] = [];
  for (const group of batch) {
    const { locationId, variantId } = group[0]!;
    const level = levels.get(keyOf(group[0]!));
    if (!level) {
      // The variant was deleted since the request was read.
      for (const r of group) {
        results.set(r.slot, {
          ...r.result,
          status: 'error',
          error: { code: 'unknown_sku', message: 'No variant has this SKU' },
        });
      }
      continue;
    }
    const before = availableOf(level);
    let dirty = false;
    const answer = (r: FeedRow, status: StockFeedResult['status'], extra: Partial<StockFeedResult> = {}) =>
      results.set(r.slot, {
        ...r.result,
        status,
        onHand: level.onHand,
        reserved: level.reserved,
        safetyStock: level.safety,
        available: Math.max(availableOf(level), 0),
        ...extra,
      });
    const counts = group.flatMap((r) => (r.type === 'count' ? [r] : []));
    counts.sort((a, b) => a.asOf.getTime() - b.asOf.getTime() || a.slot - b.slot);
    for (const c of counts) {
      if (level.countedAt && c.asOf.getTime() <= level.countedAt.getTime()) answer(c, 'stale');
      else if (c.onHand < level.reserved) answer(c, 'conflict', { requestedOnHand: c.onHand, ...heldMessage });
      else {
        level.onHand = c.onHand;
        level.countedAt = c.asOf;
        dirty = true;
        answer(c, 'applied');
      }
    }
    for (const a of group) {
      if (a.type !== 'adjustment') continue;
      const prior = known.get(a.externalId);
      if (prior !== undefined) {
        if (prior === a.contentHash) answer(a, 'duplicate');
        else
          answer(a, 'error', {
            error: { code: 'external_id_reused', message: 'This externalId was sent with other content' },
          });
        continue;
      }
      const next = level.onHand + a.delta;
      if (a.occurredAt && level.countedAt && a.occurredAt.getTime() <= level.countedAt.getTime()) {
        // Already in the count taken after it: recorded, so a repeat is a duplicate, but not applied.
        recorded.push({ ...a, status: 'stale' });
        answer(a, 'stale');
      } else if (next < level.reserved) {
        answer(a, 'conflict', { requestedOnHand: next, ...heldMessage });
        continue;
      } else if (next > MAX_ON_HAND) {
        answer(a, 'error', { error: { code: 'on_hand_out_of_range', message: `On hand may not pass ${MAX_ON_HAND}` } });
        continue;
      } else {
        level.onHand = next;
        dirty = true;
        recorded.push({ ...a, status: 'applied' });
        answer(a, 'applied');
      }
      known.set(a.externalId, a.contentHash);
    }
    if (!dirty) continue;
    changed.push({ locationId, variantId, level });
    moves.push({ locationId, variantId, before, after: availableOf(level), threshold: level.threshold });
  }

  if (recorded.length) {
    const kept = rowsOf(
      z.object({ external_id: z.string() }),
      await tx.execute(sql`
        INSERT INTO stock_adjustments
          (external_id, location_id, variant_id, delta, reason, occurred_at, content_hash, status, created_at)
        SELECT k.external_id, k.location_id, k.variant_id, k.delta, k.reason, nullif(k.occurred_at, '')::timestamptz,
          k.content_hash, k.status, ${now}
        FROM unnest(${sql.param(recorded.map((r) => r.externalId))}::text[],
          ${sql.param(recorded.map((r) => r.locationId))}::text[],
          ${sql.param(recorded.map((r) => r.variantId))}::text[],
          ${sql.param(recorded.map((r) => r.delta))}::int[],
          ${sql.param(recorded.map((r) => r.reason))}::text[],
          ${sql.param(recorded.map((r) => r.occurredAt?.toISOString() ?? ''))}::text[],
          ${sql.param(recorded.map((r) => r.contentHash))}::text[],
          ${sql.param(recorded.map((r) => r.status))}::text[])
          AS k(external_id, location_id, variant_id, delta, reason, occurred_at, content_hash, status)
        ON CONFLICT (external_id) DO NOTHING
        RETURNING external_id`),
    );
    if (kept.length < recorded.length) throw new LostExternalId();
  }
  if (changed.length) {
    await tx.execute(sql`
      UPDATE stock_levels s SET on_hand = k.on_hand, counted_at = nullif(k.counted_at, '')::timestamptz
      FROM unnest(${sql.param(changed.map((c) => c.locationId))}::text[],
        ${sql.param(changed.map((c) => c.variantId))}::text[],
        ${sql.param(changed.map((c) => c.level.onHand))}::int[],
        ${sql.param(changed.map((c) => c.level.countedAt?.toISOString() ?? ''))}::text[])
        AS k(location_id, variant_id, on_hand, counted_at)
      WHERE s.location_id = k.location_id AND s.variant_id = k.variant_id`);
  }
  // Back on sale: whoever asked to be told about it there is told, once (as adjustStock does).
  const restocked = new Map<string, string[]>();
  for (const m of moves) {
    if (m.after > 0 && m.after > m.before)
      restocked.set(m.locationId, [...(restocked.get(m.locationId) ?? []), m.variantId]);
  }
  for (const [locationId, ids] of restocked) await notifyRestocked(tx, locationId, ids, now);
  await emitLowStock(tx, moves, now);
  return results;
}

const heldMessage = {
  error: { code: 'below_reserved', message: 'On hand may not go below the units held for orders' },
};
