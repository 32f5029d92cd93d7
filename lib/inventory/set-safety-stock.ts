import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { AppError, notFoundError } from '@/lib/http/errors';
import { availableSql } from './available-sql';
import { emitLowStock, type StockMove } from './low-stock';
import { notifyRestocked } from './notify-restocked';
import { locationIdsByCode, variantIdsBySku } from './resolve-stock-rows';
import type { SafetyStock, SafetyStockBody } from './stock-feed-schema';

/** Variants per transaction when overrides change (as the stock feed batches its rows). */
const BATCH = 500;

const moved = z.object({ variant_id: z.string(), after: sqlNumber, threshold: sqlNumber, before: sqlNumber });

/**
 * A location's safety stock, replaced whole (a PUT): the default every variant keeps back, and
 * the variants that keep back another number; a variant not listed falls back to the default.
 * Safety stock is a promise not to sell, so raising it can make a row low (`stock.low`) and
 * lowering it can bring a variant back (the "tell me" requests are answered). An unknown SKU
 * refuses the whole request, before anything is written.
 */
export async function setSafetyStock(db: Db, code: string, body: SafetyStockBody, now: Date): Promise<SafetyStock> {
  const locationId = (await locationIdsByCode(db, [code])).get(code);
  if (!locationId) throw notFoundError('Location');
  const listed = body.variants ?? [];
  const ids = await variantIdsBySku(db, [...new Set(listed.map((v) => v.sku))]);
  const unknown = listed.filter((v) => !ids.has(v.sku)).map((v) => `Unknown SKU ${v.sku}`);
  const repeated = listed.filter((v, i) => listed.findIndex((w) => w.sku === v.sku) !== i).map((v) => `${v.sku} twice`);
  if (unknown.length || repeated.length) {
    throw new AppError('invalid_request', 'Every SKU must be known and listed once', {
      fields: { 'variants.sku': [...unknown, ...repeated].slice(0, 20) },
    });
  }

  const threshold = await inTransaction(db, async (tx) => {
    const [old] = rowsOf(
      z.object({ safety_stock: sqlNumber, low_stock_threshold: sqlNumber }),
      await tx.execute(sql`
        UPDATE inventory_locations n SET safety_stock = ${body.default},
          low_stock_threshold = ${body.lowStockThreshold ?? sql`n.low_stock_threshold`}
        FROM (SELECT id, safety_stock, low_stock_threshold FROM inventory_locations WHERE id = ${locationId} FOR NO KEY UPDATE) o
        WHERE n.id = o.id
        RETURNING o.safety_stock, n.low_stock_threshold`),
    );
    // Rows that follow the default moved by its change; only those that crossed matter here.
    const shift = body.default - old!.safety_stock;
    if (shift !== 0) {
      const rows = rowsOf(
        moved,
        await tx.execute(sql`
          SELECT s.variant_id, ${availableSql('s', 'l')} AS after, ${availableSql('s', 'l')} + ${shift} AS before,
            l.low_stock_threshold AS threshold
          FROM stock_levels s JOIN inventory_locations l ON l.id = s.location_id
          WHERE s.location_id = ${locationId} AND s.safety_stock IS NULL
            AND ((${availableSql('s', 'l')} + ${shift} > l.low_stock_threshold
                  AND ${availableSql('s', 'l')} <= l.low_stock_threshold)
              OR (${availableSql('s', 'l')} > 0 AND ${availableSql('s', 'l')} + ${shift} <= 0))`),
      );
      await settle(tx, locationId, rows, now);
    }
    return old!.low_stock_threshold;
  });

  // Overrides: the listed ones set, any other one cleared, in variant order and small batches.
  const wanted = new Map(listed.map((v) => [ids.get(v.sku)!, v.quantity]));
  const current = rowsOf(
    z.object({ variant_id: z.string() }),
    await db.execute(sql`
      SELECT variant_id FROM stock_levels WHERE location_id = ${locationId} AND safety_stock IS NOT NULL`),
  );
  const changes = [
    ...[...wanted].map(([variantId, quantity]) => ({ variantId, quantity: quantity as number | null })),
    ...current.filter((c) => !wanted.has(c.variant_id)).map((c) => ({ variantId: c.variant_id, quantity: null })),
  ].sort((a, b) => (a.variantId < b.variantId ? -1 : a.variantId > b.variantId ? 1 : 0));
  for (let i = 0; i < changes.length; i += BATCH) {
    const part = changes.slice(i, i + BATCH);
    const variants = sql.param(part.map((c) => c.variantId));
    const quantities = sql.param(part.map((c) => (c.quantity === null ? -1 : c.quantity)));
    await db.execute(sql`
      INSERT INTO stock_levels (location_id, variant_id)
      SELECT ${locationId}::text, v FROM unnest(${variants}::text[]) AS v ORDER BY v COLLATE "C"
      ON CONFLICT DO NOTHING`);
    await inTransaction(db, async (tx) => {
      await tx.execute(sql`
        SELECT 1 FROM stock_levels WHERE location_id = ${locationId} AND variant_id = ANY(${variants}::text[])
        ORDER BY variant_id COLLATE "C" FOR NO KEY UPDATE`);
      const before = rowsOf(
        z.object({ variant_id: z.string(), available: sqlNumber }),
        await tx.execute(sql`
          SELECT s.variant_id, ${availableSql('s', 'l')} AS available
          FROM stock_levels s JOIN inventory_locations l ON l.id = s.location_id
          WHERE s.location_id = ${locationId} AND s.variant_id = ANY(${variants}::text[])`),
      );
      const rows = rowsOf(
        z.object({ variant_id: z.string(), after: sqlNumber, threshold: sqlNumber }),
        await tx.execute(sql`
          UPDATE stock_levels s SET safety_stock = nullif(k.quantity, -1)
          FROM unnest(${variants}::text[], ${quantities}::int[]) AS k(variant_id, quantity), inventory_locations l
          WHERE s.location_id = ${locationId} AND s.variant_id = k.variant_id AND l.id = s.location_id
          RETURNING s.variant_id, ${availableSql('s', 'l')} AS after, l.low_stock_threshold AS threshold`),
      );
      const was = new Map(before.map((b) => [b.variant_id, b.available]));
      await settle(
        tx,
        locationId,
        rows.map((r) => ({ ...r, before: was.get(r.variant_id) ?? r.after })),
        now,
      );
    });
  }
  return {
    location: code,
    default: body.default,
    lowStockThreshold: body.lowStockThreshold ?? threshold,
    variants: listed.map((v) => ({ sku: v.sku, quantity: v.quantity })).sort((a, b) => a.sku.localeCompare(b.sku)),
  };
}

/** What a change of safety stock set off: `stock.low` on crossing, "back in stock" on return. */
async function settle(tx: Db, locationId: string, rows: z.infer<typeof moved>[], now: Date) {
  const moves: StockMove[] = rows.map((r) => ({ locationId, variantId: r.variant_id, ...r }));
  await emitLowStock(tx, moves, now);
  const back = moves.filter((m) => m.after > 0 && m.before <= 0).map((m) => m.variantId);
  if (back.length) await notifyRestocked(tx, locationId, back, now);
}
