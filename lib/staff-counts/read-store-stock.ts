import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { rowsOf, sqlDate, sqlNumber } from '@/lib/db/rows';
import { shownAvailableSql } from '@/lib/inventory/available-sql';
import { notFoundError } from '@/lib/http/errors';
import type { StoreStock } from './schema';

const stockRow = z.object({
  sku: z.string(),
  variant_id: z.string(),
  title: z.string(),
  size: z.string().nullable(),
  color: z.string().nullable(),
  location_id: z.string().nullable(),
  store_code: z.string(),
  on_hand: sqlNumber,
  reserved: sqlNumber,
  safety: sqlNumber,
  available: sqlNumber,
  counted_at: sqlDate.nullable(),
});

export type StoreStockRow = StoreStock & { locationId: string; storeCode: string };

/** A SKU's numbers at a store's stock pool; a SKU never stocked there reads as zeros. */
export async function readStoreStock(db: Db, storeId: string, skuText: string): Promise<StoreStockRow> {
  const sku = skuText.trim();
  const [row] = rowsOf(
    stockRow,
    await db.execute(sql`
      SELECT v.sku, v.id AS variant_id, p.title, v.size, v.color, l.id AS location_id, st.slug AS store_code,
        coalesce(s.on_hand, 0) AS on_hand, coalesce(s.reserved, 0) AS reserved,
        coalesce(s.safety_stock, l.safety_stock, 0) AS safety,
        CASE WHEN s.location_id IS NULL THEN 0 ELSE ${shownAvailableSql('s', 'l')} END AS available,
        s.counted_at
      FROM variants v
      JOIN products p ON p.id = v.product_id
      JOIN stores st ON st.id = ${storeId}
      LEFT JOIN inventory_locations l ON l.store_id = st.id
      LEFT JOIN stock_levels s ON s.location_id = l.id AND s.variant_id = v.id
      WHERE v.sku = ${sku}`),
  );
  if (!row) throw notFoundError('SKU');
  if (!row.location_id) throw notFoundError('Stock at this store');
  return {
    sku: row.sku,
    variantId: row.variant_id,
    title: row.title,
    size: row.size,
    color: row.color,
    onHand: row.on_hand,
    reserved: row.reserved,
    safetyStock: row.safety,
    available: row.available,
    countedAt: row.counted_at ? row.counted_at.toISOString() : null,
    locationId: row.location_id,
    storeCode: row.store_code,
  };
}

/** The numbers as the API shows them, without where they are kept. */
export const shownStock = ({ locationId: _l, storeCode: _c, ...stock }: StoreStockRow): StoreStock => stock;
