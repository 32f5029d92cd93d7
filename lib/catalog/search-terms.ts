import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { rowsOf } from '@/lib/db/rows';

/** Words of a query as the 'simple' text-search parser would split them. */
export function queryWords(q: string): string[] {
  return (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

/**
 * For each query word, the word itself plus the closest word the catalog really
 * uses (trigram similarity), so "mereno swater" still finds "Merino Sweater".
 */
export async function expandQueryWords(db: Db, words: string[]): Promise<string[][]> {
  if (words.length === 0) return [];
  const result = await db.execute(sql`
    SELECT q.word AS "word", best.term AS "term"
    FROM unnest(${sql.param(words)}::text[]) WITH ORDINALITY AS q(word, n)
    LEFT JOIN LATERAL (
      SELECT t.word AS term
      FROM ts_stat('SELECT search FROM products WHERE status = ''active''') AS t
      WHERE length(q.word) >= 3 AND similarity(t.word, q.word) >= 0.3
      ORDER BY similarity(t.word, q.word) DESC, t.ndoc DESC
      LIMIT 2
    ) best ON true
    ORDER BY q.n`);
  const byWord = new Map<string, Set<string>>();
  for (const row of rowsOf(z.object({ word: z.string(), term: z.string().nullable() }), result)) {
    const set = byWord.get(row.word) ?? new Set([row.word]);
    if (row.term) set.add(row.term);
    byWord.set(row.word, set);
  }
  return words.map((w) => [...(byWord.get(w) ?? new Set([w]))]);
}

/** (w1 | fix1) & (w2:* | fix2): every word must match, the last also as a prefix. */
export function toTsQuery(groups: string[][]): SQL {
  const text = groups
    .map((alternatives, i) => {
      const last = i === groups.length - 1;
      const parts = alternatives.map((w) => `'${w.replace(/'/g, "''")}'${last ? ':*' : ''}`);
      return `(${parts.join(' | ')})`;
    })
    .join(' & ');
  return sql`to_tsquery('simple', ${text})`;
}
