import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { availableSql } from '@/lib/inventory/available-sql';
import { BASE_MARKET } from '@/lib/markets/markets';
import { marketPriceSql } from '@/lib/markets/price-sql';
import type { ProductListFilters } from './schema';
import { expandQueryWords, queryWords, toTsQuery } from './search-terms';
import { translationMatch } from './translation-search';

/** A filter a facet can leave out, so its own counts show what widening it would find. */
export type FacetName = 'size' | 'color' | 'price' | 'store';

/** The variant conditions a filter puts on a product (alias `v`): one variant must satisfy all. */
export function variantConditions(f: ProductListFilters, omit?: FacetName): SQL[] {
  // A variant the retailer dropped is never shown, counted or matched.
  const conds: SQL[] = [sql`v.archived_at IS NULL`];
  if (f.size?.length && omit !== 'size') conds.push(sql`v.size = ANY(${sql.param(f.size)}::text[])`);
  if (f.color?.length && omit !== 'color')
    conds.push(sql`lower(v.color) = ANY(${sql.param(f.color.map((c) => c.toLowerCase()))}::text[])`);
  if (omit !== 'price') {
    // The bounds are in the listing's market's currency, as its price facet shows them.
    const price = marketPriceSql('v', f.market ?? BASE_MARKET);
    if (f.minPrice !== undefined) conds.push(sql`${price} >= ${f.minPrice}`);
    if (f.maxPrice !== undefined) conds.push(sql`${price} <= ${f.maxPrice}`);
  }
  if (f.storeId && omit !== 'store') {
    conds.push(sql`EXISTS (
      SELECT 1 FROM stock_levels s JOIN inventory_locations l ON l.id = s.location_id
      WHERE s.variant_id = v.id AND l.store_id = ${f.storeId} AND ${availableSql('s', 'l')} > 0)`);
  }
  return conds;
}

/**
 * What a listing is about before any facet narrows it (aliases `p` products, `c` categories):
 * its category and its typo-tolerant full-text query, with the query's rank.
 */
export async function scopeConditions(db: Db, f: ProductListFilters): Promise<{ where: SQL[]; rank: SQL | null }> {
  // An archived product is out of the shop: listings, search and facets alike.
  const where: SQL[] = [sql`p.status = 'active'`];
  let rank: SQL | null = null;
  const words = queryWords(f.q ?? '');
  // Korean and Japanese: matched on the translations' bigrams, not on English words.
  const cjk = translationMatch(f.q ?? '');
  if (cjk) {
    where.push(cjk.where);
    rank = cjk.rank;
  } else if (words.length > 0) {
    const tsq = toTsQuery(await expandQueryWords(db, words));
    where.push(sql`p.search @@ ${tsq}`);
    rank = sql`ts_rank(p.search, ${tsq}) + similarity(p.title, ${f.q ?? ''})`;
  } else if (f.q && f.q.trim() !== '') {
    // Only punctuation: nothing can match.
    where.push(sql`false`);
  }
  if (f.category) where.push(sql`c.slug = ${f.category}`);
  return { where, rank };
}

export const andAll = (conds: SQL[]): SQL => (conds.length ? sql.join(conds, sql` AND `) : sql`true`);
