import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { availableSql } from '@/lib/inventory/available-sql';
import { BASE_MARKET, type MarketCode } from '@/lib/markets/markets';
import { shippingWarehouseSql } from '@/lib/markets/fulfilment-sql';
import { productPriceLateral } from '@/lib/markets/price-sql';
import type { ProductSummary } from './schema';

const summaryRow = z.object({
  id: z.string(),
  handle: z.string(),
  title: z.string(),
  category: z.string(),
  price: sqlNumber,
  currency: z.string(),
  image_url: z.string().nullable(),
  image_alt: z.string().nullable(),
  colors: z.array(z.object({ name: z.string(), hex: z.string() })).nullable(),
});

/** Product cards for the products `where` picks, in `orderBy`'s order: the shape listings use. */
export async function selectSummaries(
  db: Db,
  market: MarketCode,
  where: SQL,
  orderBy: SQL,
  limit: number,
): Promise<ProductSummary[]> {
  const result = await db.execute(sql`
    SELECT p.id, p.handle, p.title, c.slug AS category, pr.price, pr.currency,
      img.url AS image_url, img.alt AS image_alt, col.colors
    FROM products p
    JOIN categories c ON c.id = p.category_id
    ${productPriceLateral(market)}
    LEFT JOIN LATERAL (SELECT url, alt FROM product_images WHERE product_id = p.id ORDER BY position LIMIT 1) img ON true
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('name', color, 'hex', coalesce(color_hex, 'cccccc')) ORDER BY first_pos) AS colors
      FROM (SELECT color, color_hex, min(position) AS first_pos FROM variants
            WHERE product_id = p.id AND color IS NOT NULL AND archived_at IS NULL GROUP BY color, color_hex) cs
    ) col ON true
    WHERE p.status = 'active' AND pr.price IS NOT NULL AND ${where}
    ORDER BY ${orderBy}
    LIMIT ${limit}`);
  return rowsOf(summaryRow, result).map((r) => ({
    id: r.id,
    handle: r.handle,
    title: r.title,
    category: r.category,
    price: { amount: Number(r.price), currency: r.currency },
    image: r.image_url ? { url: r.image_url, alt: r.image_alt ?? r.title } : null,
    colors: r.colors ?? [],
  }));
}

/** The cards for these products, in the order given, priced in the market; unknown ids are left out. */
export async function getProductSummaries(
  db: Db,
  ids: string[],
  market: MarketCode = BASE_MARKET,
): Promise<ProductSummary[]> {
  if (ids.length === 0) return [];
  const list = sql.param(ids);
  return selectSummaries(
    db,
    market,
    sql`p.id = ANY(${list}::text[])`,
    sql`array_position(${list}::text[], p.id)`,
    ids.length,
  );
}

/**
 * "You may also like": products of the category (any, when none is given) with stock where the
 * shopper can get them — at their chosen store, or online — never those they are looking at.
 */
export async function listSuggestions(
  db: Db,
  opts: { category?: string; storeId?: string; exclude: string[]; limit: number; market?: MarketCode },
): Promise<ProductSummary[]> {
  const market = opts.market ?? BASE_MARKET;
  const where: SQL[] = [
    sql`NOT (p.id = ANY(${sql.param(opts.exclude)}::text[]))`,
    sql`EXISTS (
      SELECT 1 FROM variants v JOIN stock_levels s ON s.variant_id = v.id
      JOIN inventory_locations l ON l.id = s.location_id
      WHERE v.product_id = p.id AND v.archived_at IS NULL AND ${availableSql('s', 'l')} > 0
        AND (${shippingWarehouseSql('l', market)} ${opts.storeId ? sql`OR l.store_id = ${opts.storeId}` : sql``}))`,
  ];
  if (opts.category) where.push(sql`c.slug = ${opts.category}`);
  return selectSummaries(
    db,
    market,
    sql.join(where, sql` AND `),
    sql`p.featured DESC, p.created_at DESC, p.id`,
    opts.limit,
  );
}
