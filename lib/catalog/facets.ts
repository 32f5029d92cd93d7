import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { catalogCache } from '@/lib/cache/catalog-cache';
import { andAll, scopeConditions, variantConditions, type FacetName } from './filter-sql';
import { BASE_MARKET } from '@/lib/markets/markets';
import type { Facets, ProductListFilters } from './schema';
import { compareSizes } from './sizes';

const facetRow = z.object({
  facet: z.enum(['size', 'color', 'price']),
  value: z.string().nullable(),
  hex: z.string().nullable(),
  n: sqlNumber,
  min: sqlNumber.nullable(),
  max: sqlNumber.nullable(),
  currency: z.string().nullable(),
});

/** The facet-relevant part of the filters: paging and sort do not change what a listing offers. */
const facetKey = (f: ProductListFilters) =>
  JSON.stringify([f.category, f.q, f.size, f.color, f.minPrice, f.maxPrice, f.storeId, f.market ?? BASE_MARKET]);

const cachedFacets = catalogCache(loadFacets, facetKey);
/** Drops this instance's kept facet counts (a catalog write). */
export const forgetFacets = (db: Db) => cachedFacets.forget(db);

/**
 * The filter options of a listing's current results, with counts, in one query. From the catalog
 * cache, except with "in stock at my store", which depends on live stock.
 */
export function getFacets(db: Db, filters: ProductListFilters): Promise<Facets> {
  return filters.storeId ? loadFacets(db, filters) : cachedFacets(db, filters);
}

async function loadFacets(db: Db, filters: ProductListFilters): Promise<Facets> {
  const scope = await scopeConditions(db, filters);
  const others = (omit: FacetName): SQL => andAll(variantConditions(filters, omit));
  const result = await db.execute(sql`
    WITH scoped AS (
      SELECT p.id FROM products p JOIN categories c ON c.id = p.category_id WHERE ${andAll(scope.where)}
    )
    SELECT 'size' AS facet, v.size AS value, NULL AS hex, count(DISTINCT v.product_id) AS n,
      NULL::int AS min, NULL::int AS max, NULL AS currency
    FROM variants v JOIN scoped ON scoped.id = v.product_id
    WHERE v.size IS NOT NULL AND ${others('size')}
    GROUP BY v.size
    UNION ALL
    SELECT 'color', min(v.color), min(v.color_hex), count(DISTINCT v.product_id), NULL, NULL, NULL
    FROM variants v JOIN scoped ON scoped.id = v.product_id
    WHERE v.color IS NOT NULL AND ${others('color')}
    GROUP BY lower(v.color)
    UNION ALL
    SELECT 'price', NULL, NULL, count(DISTINCT v.product_id), min(vp.amount), max(vp.amount), min(vp.currency)
    FROM variants v JOIN scoped ON scoped.id = v.product_id
    JOIN variant_prices vp ON vp.variant_id = v.id AND vp.market = ${filters.market ?? BASE_MARKET}
    WHERE ${others('price')}`);
  const rows = rowsOf(facetRow, result);
  const price = rows.find((r) => r.facet === 'price');
  return {
    sizes: rows
      .filter((r) => r.facet === 'size' && r.value)
      .map((r) => ({ name: r.value!, count: Number(r.n) }))
      .sort((a, b) => compareSizes(a.name, b.name)),
    colors: rows
      .filter((r) => r.facet === 'color' && r.value)
      .map((r) => ({ name: r.value!, hex: r.hex ?? 'cccccc', count: Number(r.n) }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    price:
      price?.min != null && price.max != null && price.currency
        ? { min: Number(price.min), max: Number(price.max), currency: price.currency }
        : null,
  };
}
