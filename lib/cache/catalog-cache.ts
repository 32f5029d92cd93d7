import 'server-only';
import { readCache } from '@/lib/cache/read-cache';
import type { Db } from '@/lib/db';
import { readEnv } from '@/lib/env';

/**
 * Catalog rows change with an import or a deploy, not with each shopper: reads are kept for
 * AISLE_CATALOG_CACHE_SECONDS (60 by default) in each instance. Stock is never read through this.
 */
export function catalogCache<A extends unknown[], V>(
  load: (db: Db, ...args: A) => Promise<V>,
  keyOf: (...args: A) => string,
  maxEntries = 500,
): ((db: Db, ...args: A) => Promise<V>) & { forget(db: Db): void } {
  const cached = readCache(load, keyOf, { ttlMs: () => readEnv().AISLE_CATALOG_CACHE_SECONDS * 1000, maxEntries });
  // Each caller gets its own copy: a page that sorts or trims what it got cannot change the next answer.
  const read = async (db: Db, ...args: A) => structuredClone(await cached(db, ...args));
  return Object.assign(read, { forget: cached.forget });
}
