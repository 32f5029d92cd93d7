import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { catalogCache } from '@/lib/cache/catalog-cache';
import { BASE_MARKET } from '@/lib/markets/markets';
import { productPriceLateral } from '@/lib/markets/price-sql';
import { andAll, scopeConditions, variantConditions } from './filter-sql';
import { encodeCursor, type ProductList, type ProductListFilters } from './schema';

const productRow = z.object({
  id: z.string(),
  handle: z.string(),
  title: z.string(),
  category: z.string(),
  price: sqlNumber,
  currency: z.string(),
  image_url: z.string().nullable(),
  image_alt: z.string().nullable(),
  colors: z.array(z.object({ name: z.string(), hex: z.string() })).nullable(),
  shown_color: z.string().nullable(),
  total: sqlNumber,
});

const sortedJson = (filters: ProductListFilters) =>
  JSON.stringify(Object.fromEntries(Object.entries(filters).sort(([a], [b]) => a.localeCompare(b))));

const cachedListProducts = catalogCache(loadProducts, sortedJson);
/** Drops this instance's kept listings (a catalog write: the writer sees it at once). */
export const forgetProductLists = (db: Db) => cachedListProducts.forget(db);

/**
 * Lists products matching filters and a typo-tolerant full-text query, one page at a time.
 * From the catalog cache, except "in stock at my store", which depends on live stock.
 */
export function listProducts(db: Db, filters: ProductListFilters): Promise<ProductList> {
  return filters.storeId ? loadProducts(db, filters) : cachedListProducts(db, filters);
}

async function loadProducts(db: Db, filters: ProductListFilters): Promise<ProductList> {
  const scope = await scopeConditions(db, filters);
  const where = [...scope.where];
  const rank = scope.rank ?? sql`0`;
  const vConds = variantConditions(filters);
  if (vConds.length > 0) {
    where.push(sql`EXISTS (SELECT 1 FROM variants v WHERE v.product_id = p.id AND ${andAll(vConds)})`);
  }
  // With a colour filter on, the card shows (and links to) the first chosen colour the product has.
  const chosenColors = filters.color?.map((c) => c.toLowerCase()) ?? [];
  const shown: SQL = chosenColors.length
    ? sql`(SELECT v.color FROM variants v WHERE v.product_id = p.id AND ${andAll(vConds)} ORDER BY v.position LIMIT 1)`
    : sql`NULL::text`;
  const whereSql = where.length ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``;
  const order: Record<NonNullable<ProductListFilters['sort']>, SQL> = {
    featured: sql`p.featured DESC, p.created_at DESC`,
    newest: sql`p.created_at DESC`,
    price_asc: sql`price ASC`,
    price_desc: sql`price DESC`,
  };
  const orderBy = filters.sort ? order[filters.sort] : scope.rank ? sql`rank DESC` : order.featured;
  const offset = filters.offset ?? 0;

  const result = await db.execute(sql`
    SELECT p.id, p.handle, p.title, c.slug AS category,
      pr.price, pr.currency, img.url AS image_url, img.alt AS image_alt, col.colors, sc.color AS shown_color,
      ${rank} AS rank, count(*) OVER ()::int AS total
    FROM products p
    JOIN categories c ON c.id = p.category_id
    ${productPriceLateral(filters.market ?? BASE_MARKET)}
    LEFT JOIN LATERAL (SELECT ${shown} AS color) sc ON true
    LEFT JOIN LATERAL (
      SELECT url, alt FROM product_images WHERE product_id = p.id
      ORDER BY CASE WHEN color = sc.color THEN 0 ELSE 1 END, position LIMIT 1
    ) img ON true
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('name', color, 'hex', coalesce(color_hex, 'cccccc')) ORDER BY first_pos) AS colors
      FROM (SELECT color, color_hex, min(position) AS first_pos FROM variants
            WHERE product_id = p.id AND color IS NOT NULL AND archived_at IS NULL GROUP BY color, color_hex) cs
    ) col ON true
    ${whereSql}
    ORDER BY ${orderBy}, p.id
    LIMIT ${filters.limit + 1} OFFSET ${offset}`);

  const rows = rowsOf(productRow, result);
  if (rows.length === 0 && offset > 0) {
    // Past the last page: still report how many match.
    const { total } = await listProducts(db, { ...filters, offset: 0, limit: 1 });
    return { items: [], nextCursor: null, total };
  }
  const page = rows.slice(0, filters.limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      handle: r.handle,
      title: r.title,
      category: r.category,
      price: { amount: Number(r.price), currency: r.currency },
      image: r.image_url ? { url: r.image_url, alt: r.image_alt ?? r.title } : null,
      colors: r.colors ?? [],
      ...(r.shown_color ? { color: r.shown_color } : {}),
    })),
    nextCursor: rows.length > filters.limit ? encodeCursor(offset + filters.limit) : null,
    total: Number(rows[0]?.total ?? 0),
  };
}
