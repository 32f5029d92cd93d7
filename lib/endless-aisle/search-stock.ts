import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { listProducts } from '@/lib/catalog/list-products';
import { shownAvailableSql } from '@/lib/inventory/available-sql';
import type { aisleSearchSchema } from './schema';
import { stores } from '@/lib/db/schema';
import { marketStoreSql, shippingWarehouseSql } from '@/lib/markets/fulfilment-sql';
import { BASE_MARKET, marketOfCountry } from '@/lib/markets/markets';

type AisleSearch = z.infer<typeof aisleSearchSchema>;

const SEARCH_LIMIT = 12;

const stockRow = z.object({
  product_id: z.string(),
  variant_id: z.string(),
  sku: z.string(),
  size: z.string().nullable(),
  color: z.string().nullable(),
  price_amount: sqlNumber,
  currency: z.string(),
  location_id: z.string(),
  kind: z.enum(['store', 'warehouse']),
  store_id: z.string().nullable(),
  name: z.string(),
  available: sqlNumber,
});

/**
 * The endless aisle's search: the shop's own search (typo-tolerant, the same ranking), then every
 * variant of what it found with what can be promised at every location, this store first, then
 * the online warehouse, then the other stores by name. Availability is the one rule of
 * available-sql.ts (on hand − reserved − safety stock), so what the associate sees is what the
 * order will be able to reserve.
 */
export async function searchAisle(db: Db, input: { q: string; storeId: string }): Promise<AisleSearch> {
  // The associate's store's market: its prices, its warehouse, its stores (a Tokyo till sees yen).
  const [here] = await db.select({ country: stores.country }).from(stores).where(eq(stores.id, input.storeId));
  const market = marketOfCountry(here?.country)?.code ?? BASE_MARKET;
  const found = await listProducts(db, { q: input.q, limit: SEARCH_LIMIT, market });
  if (found.items.length === 0) return { items: [] };
  const ids = found.items.map((p) => p.id);
  const rows = rowsOf(
    stockRow,
    await db.execute(sql`
      SELECT v.product_id, v.id AS variant_id, v.sku, v.size, v.color, vp.amount AS price_amount, vp.currency,
        l.id AS location_id, l.kind, l.store_id, coalesce(s.name, l.name) AS name,
        coalesce(${shownAvailableSql('sl', 'l')}, 0) AS available
      FROM variants v
      JOIN variant_prices vp ON vp.variant_id = v.id AND vp.market = ${market}
      CROSS JOIN inventory_locations l
      LEFT JOIN stores s ON s.id = l.store_id
      LEFT JOIN stock_levels sl ON sl.location_id = l.id AND sl.variant_id = v.id
      WHERE v.product_id IN (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})
        AND (${shippingWarehouseSql('l', market)} OR (l.kind = 'store' AND ${marketStoreSql('s', market)}))
      ORDER BY v.position, v.id,
        (l.store_id IS NOT DISTINCT FROM ${input.storeId}) DESC, (l.kind = 'warehouse') DESC, name, l.id`),
  );
  return {
    items: found.items.map((p) => {
      const variants = new Map<string, AisleSearch['items'][number]['variants'][number]>();
      for (const r of rows.filter((row) => row.product_id === p.id)) {
        const variant = variants.get(r.variant_id) ?? {
          id: r.variant_id,
          sku: r.sku,
          options: { ...(r.size ? { size: r.size } : {}), ...(r.color ? { color: r.color } : {}) },
          price: { amount: r.price_amount, currency: r.currency },
          stock: [],
        };
        variant.stock.push({
          locationId: r.location_id,
          kind: r.kind,
          storeId: r.store_id,
          name: r.name,
          available: r.available,
        });
        variants.set(r.variant_id, variant);
      }
      return { productId: p.id, handle: p.handle, title: p.title, variants: [...variants.values()] };
    }),
  };
}
