import 'server-only';

type Entry<V> = { value: Promise<V>; expiresAt: number; generation: number };

/**
 * Bumped by every `forget`, on globalThis: Next bundles route handlers and pages apart, each
 * with its own copy of a cache module, so a write in a route handler must reach the pages' copy.
 */
const GENERATION = Symbol.for('aisle.read-cache.generation');
type Holder = { [GENERATION]?: number };
const generation = () => (globalThis as Holder)[GENERATION] ?? 0;

export type ReadCacheOptions = {
  /** How long an answer is kept, read when a value is loaded; 0 keeps nothing. */
  ttlMs: () => number;
  /** The most answers kept per owner; the least recently used goes first. */
  maxEntries: number;
  now?: () => number;
};

/**
 * A read-through cache for reads every caller sees alike (catalog rows). Answers are kept per
 * owner object (the database handle), so two databases in one process never share one; within
 * the time to live every instance answers from memory, and a change shows on each instance once
 * its copy expires. Concurrent misses share one load, and a failed load is never kept.
 */
export function readCache<O extends object, A extends unknown[], V>(
  load: (owner: O, ...args: A) => Promise<V>,
  keyOf: (...args: A) => string,
  options: ReadCacheOptions,
): ((owner: O, ...args: A) => Promise<V>) & { forget(owner: O): void } {
  const byOwner = new WeakMap<O, Map<string, Entry<V>>>();
  const now = options.now ?? (() => Date.now());
  const read = (owner: O, ...args: A): Promise<V> => {
    let entries = byOwner.get(owner);
    if (!entries) byOwner.set(owner, (entries = new Map()));
    const key = keyOf(...args);
    const hit = entries.get(key);
    if (hit && hit.expiresAt > now() && hit.generation === generation()) {
      // Map order is insertion order: moving the hit to the end keeps the oldest first for eviction.
      entries.delete(key);
      entries.set(key, hit);
      return hit.value;
    }
    entries.delete(key);
    const ttl = options.ttlMs();
    const value = load(owner, ...args);
    if (ttl <= 0) return value;
    const entry = { value, expiresAt: now() + ttl, generation: generation() };
    entries.set(key, entry);
    value.catch(() => {
      if (entries.get(key) === entry) entries.delete(key);
    });
    while (entries.size > options.maxEntries) entries.delete(entries.keys().next().value as string);
    return value;
  };
  // A write in this instance shows at once here, in every bundle (every cache's answers are
  // dropped); other instances see it once their copy expires.
  const forget = (owner: O) => {
    byOwner.delete(owner);
    (globalThis as Holder)[GENERATION] = generation() + 1;
  };
  return Object.assign(read, { forget });
}
