import 'server-only';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { products, productTranslations } from '@/lib/db/schema';
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

/**
 * Writes the search vector of translations that have none (rows written before the column
 * existed: an integrator's same payload again writes nothing, so it would never be refreshed).
 * `npm run db:seed` calls it; idempotent.
 */
export async function fillMissingTranslationSearch(db: Db): Promise<number> {
  const missing = await db
    .select({
      productId: productTranslations.productId,
      locale: productTranslations.locale,
      title: productTranslations.title,
      description: productTranslations.description,
      baseTitle: products.title,
    })
    .from(productTranslations)
    .innerJoin(products, eq(products.id, productTranslations.productId))
    .where(sql`${productTranslations.search} = ''::tsvector`);
  for (const row of missing) {
    await db
      .update(productTranslations)
      .set({ search: translationSearch(row) })
      .where(and(eq(productTranslations.productId, row.productId), eq(productTranslations.locale, row.locale)));
  }
  return missing.length;
}
