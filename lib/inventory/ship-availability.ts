import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { marketStoreSql, shippingWarehouseSql } from '@/lib/markets/fulfilment-sql';
import { BASE_MARKET, type MarketCode } from '@/lib/markets/markets';
import { availableSql, shownAvailableSql } from './available-sql';

const perVariant = z.object({ variant_id: z.string(), n: sqlNumber });

/** Units each variant has available (on hand − reserved − safety stock) at the warehouse that ships the market's orders. */
export async function getShipAvailability(
  db: Db,
  variantIds: string[],
  market: MarketCode = BASE_MARKET,
): Promise<Record<string, number>> {
  const out: Record<string, number> = Object.fromEntries(variantIds.map((id) => [id, 0]));
  if (variantIds.length === 0) return out;
  const rows = rowsOf(
    perVariant,
    await db.execute(sql`
      SELECT s.variant_id, sum(${shownAvailableSql('s', 'l')}) AS n
      FROM stock_levels s JOIN inventory_locations l ON l.id = s.location_id
      WHERE ${shippingWarehouseSql('l', market)} AND s.variant_id = ANY(${sql.param(variantIds)}::text[])
      GROUP BY s.variant_id`),
  );
  for (const r of rows) out[r.variant_id] = r.n;
  return out;
}

/** Count of the market's stores with at least one unit of each variant available: a hint that pickup is possible. */
export async function countStoresWithStock(
  db: Db,
  variantIds: string[],
  market: MarketCode = BASE_MARKET,
): Promise<Record<string, number>> {
  const out: Record<string, number> = Object.fromEntries(variantIds.map((id) => [id, 0]));
  if (variantIds.length === 0) return out;
  const rows = rowsOf(
    perVariant,
    await db.execute(sql`
      SELECT s.variant_id, count(*)::int AS n
      FROM stock_levels s JOIN inventory_locations l ON l.id = s.location_id JOIN stores st ON st.id = l.store_id
      WHERE l.kind = 'store' AND ${marketStoreSql('st', market)} AND s.variant_id = ANY(${sql.param(variantIds)}::text[]) AND ${availableSql('s', 'l')} > 0
      GROUP BY s.variant_id`),
  );
  for (const r of rows) out[r.variant_id] = r.n;
  return out;
}
