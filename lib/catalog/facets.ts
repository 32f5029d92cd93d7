import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { catalogCache } from '@/lib/cache/catalog-cache';
import type { Facets } from './schema';
import { compareSizes } from './sizes';

const facetsRow = z.object({
  sizes: z.array(z.string()).nullable(),
  colors: z.array(z.object({ name: z.string(), hex: z.string() })).nullable(),
  min: sqlNumber.nullable(),
  max: sqlNumber.nullable(),
  currency: z.string().nullable(),
});

/** The filter options a category (or the whole catalog) offers, from the catalog cache. */
export const getFacets = catalogCache(loadFacets, (categorySlug?: string) => categorySlug ?? '*');

async function loadFacets(db: Db, categorySlug?: string): Promise<Facets> {
  const scope = categorySlug ? sql`WHERE c.slug = ${categorySlug}` : sql``;
  const result = await db.execute(sql`
    SELECT
      array_remove(array_agg(DISTINCT v.size), NULL) AS sizes,
      (SELECT json_agg(x ORDER BY x.n DESC, x.name) FROM (
         SELECT v2.color AS name, min(v2.color_hex) AS hex, count(DISTINCT v2.product_id) AS n
         FROM variants v2 JOIN products p2 ON p2.id = v2.product_id JOIN categories c ON c.id = p2.category_id
         ${scope} GROUP BY v2.color) x WHERE x.name IS NOT NULL) AS colors,
      min(v.price_amount) AS min, max(v.price_amount) AS max, min(v.currency) AS currency
    FROM variants v JOIN products p ON p.id = v.product_id JOIN categories c ON c.id = p.category_id
    ${scope}`);
  const row = rowsOf(facetsRow, result)[0];
  return {
    sizes: [...(row?.sizes ?? [])].sort(compareSizes),
    colors: (row?.colors ?? []).map(({ name, hex }) => ({ name, hex })),
    price:
      row?.min != null && row.max != null && row.currency
        ? { min: Number(row.min), max: Number(row.max), currency: row.currency }
        : null,
  };
}
