import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { cjkTsQuery, hasCjk, searchVectorLiteral } from './search-text';

/**
 * What a product_translations row is searched by (its `search` value, a tsvector in its text form):
 * its title (weight A), the English title (B, so "merino 니트" matches), its description (C).
 */
export function translationSearch(text: {
  title?: string | null;
  description?: string | null;
  baseTitle: string;
}): string {
  return searchVectorLiteral([
    { text: text.title, weight: 'A' },
    { text: text.baseTitle, weight: 'B' },
    { text: text.description, weight: 'C' },
  ]);
}

/**
 * For a query in Korean or Japanese (alias `p` products): the products whose translated text
 * matches it, and the best rank among their locales. Null for a query with no CJK character,
 * which the English full-text search (typo tolerant) answers on its own.
 */
export function translationMatch(q: string): { where: SQL; rank: SQL } | null {
  if (!hasCjk(q)) return null;
  const text = cjkTsQuery(q);
  if (!text) return null;
  const tsq = sql`${text}::tsquery`;
  return {
    where: sql`p.id IN (SELECT pt.product_id FROM product_translations pt WHERE pt.search @@ ${tsq})`,
    // Weights: the translated title counts five times its description (title matches rank first).
    rank: sql`coalesce((SELECT max(ts_rank('{0.2, 0.2, 0.6, 1.0}', pt.search, ${tsq})) FROM product_translations pt
      WHERE pt.product_id = p.id AND pt.search @@ ${tsq}), 0)`,
  };
}
