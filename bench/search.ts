/**
 * `BENCH_ONLY=search npm run bench` (or `npx tsx --conditions=react-server bench/search.ts`):
 * search's server time on a catalog of 10,000 generated products with Korean and Japanese
 * titles: each query is run through listProducts (the work behind GET /api/products?q=) with
 * the catalog cache emptied first, so every run reaches the database. On PGlite, and on a fresh
 * PostgreSQL database too when DATABASE_URL is set. Writes bench/results/only-search.json.
 */
import { writeFileSync } from 'node:fs';
import { withFreshPostgres } from './lib/fresh-postgres';
import { forgetProductLists, listProducts } from '@/lib/catalog/list-products';
import { openDb, type DbTarget } from '@/lib/db/open-db';
import { writeSearchCatalog } from './lib/search-catalog';

const PRODUCTS = Number(process.env.BENCH_SEARCH_PRODUCTS ?? 10_000);
const RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 30);
const TARGET_P95_MS = 50;
const QUERIES = [
  '재킷',
  '자켓',
  '패딩',
  '스니커즈',
  '가죽 부츠',
  '가죽부츠를',
  'ジャケット',
  'スニーカー',
  'レザーブーツ',
  'jacket',
  'mereno swater',
  'snekers',
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function benchOn(label: string, target: DbTarget) {
  const handle = await openDb(target);
  try {
    await handle.migrate();
    const started = performance.now();
    await writeSearchCatalog(handle.db, PRODUCTS);
    console.info(
      `[search] ${label}: ${PRODUCTS} products written in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const all: number[] = [];
    const perQuery = [];
    for (const q of QUERIES) {
      const times: number[] = [];
      let total = 0;
      for (let run = 0; run < RUNS; run++) {
        forgetProductLists(handle.db);
        const t0 = performance.now();
        total = (await listProducts(handle.db, { q, limit: 24 })).total;
        times.push(performance.now() - t0);
      }
      // The first runs warm the plan and page caches: kept out of the figures, as a server's would be.
      const kept = times.slice(3).sort((a, b) => a - b);
      all.push(...kept);
      perQuery.push({ q, matches: total, p50Ms: percentile(kept, 50), p95Ms: percentile(kept, 95) });
    }
    all.sort((a, b) => a - b);
    return {
      database: label,
      products: PRODUCTS,
      runsPerQuery: RUNS,
      p50Ms: percentile(all, 50),
      p95Ms: percentile(all, 95),
      targetP95Ms: TARGET_P95_MS,
      perQuery,
    };
  } finally {
    await handle.close();
  }
}

const results = [await benchOn('pglite', { kind: 'pglite' })];
if (process.env.DATABASE_URL)
  results.push(
    await withFreshPostgres(process.env.DATABASE_URL, 'aisle_bench_search', (url) =>
      benchOn('postgres', { kind: 'postgres', url }),
    ),
  );
writeFileSync('bench/results/only-search.json', JSON.stringify(results, null, 2) + '\n');
for (const r of results) {
  console.info(
    `\n${r.database}: p50 ${r.p50Ms.toFixed(1)} ms, p95 ${r.p95Ms.toFixed(1)} ms (target < ${TARGET_P95_MS} ms)`,
  );
  console.info('| query | matches | p50 ms | p95 ms |\n|---|---|---|---|');
  for (const q of r.perQuery) console.info(`| ${q.q} | ${q.matches} | ${q.p50Ms.toFixed(1)} | ${q.p95Ms.toFixed(1)} |`);
}
if (results.some((r) => r.p95Ms >= TARGET_P95_MS)) process.exitCode = 1;
