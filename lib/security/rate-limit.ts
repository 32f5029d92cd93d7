import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { Redis } from 'ioredis';
import type { Db } from '@/lib/db';
import { rowsOf, sqlDate, sqlNumber } from '@/lib/db/rows';
import { readEnv } from '@/lib/env';

export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };
/** `cost` (default 1) counts one request as several, e.g. the units it holds. */
export type RateLimitHit = { key: string; limit: number; windowMs: number; now: Date; cost?: number };
/** Where the counters live: every instance must see the same ones. */
export type RateLimitStore = { kind: 'db'; db: Db } | { kind: 'redis'; redis: Redis };

let shared: Redis | null | undefined;

/** The Redis named by REDIS_URL, connected on first use (never at import), or null. */
function sharedRedis(): Redis | null {
  if (shared === undefined) {
    const url = readEnv().REDIS_URL;
    shared = url ? new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2_000 }) : null;
  }
  return shared;
}

/** Whether counts go to Redis (REDIS_URL): a call to another service, not a row of the caller's transaction. */
export function countsInRedis(): boolean {
  return Boolean(readEnv().REDIS_URL);
}

/**
 * Counts one attempt against `key` in a fixed window that starts with the first attempt,
 * atomically, where every app instance shares the count: Redis when REDIS_URL is set, else the
 * database. Should Redis fail, the database counts instead, so limits hold through an outage.
 */
export async function hitRateLimit(db: Db, hit: RateLimitHit): Promise<RateLimitResult> {
  const redis = sharedRedis();
  if (redis) {
    try {
      return await hitRateLimitIn({ kind: 'redis', redis }, hit);
    } catch (error) {
      console.warn('[rate-limit] Redis failed; counting in the database', (error as Error).message);
    }
  }
  return hitRateLimitIn({ kind: 'db', db }, hit);
}

// INCR, and the window's expiry on the first hit; answers the count and the time left.
const REDIS_HIT = `
local count = redis.call('INCRBY', KEYS[1], ARGV[2])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}`;

export async function hitRateLimitIn(store: RateLimitStore, hit: RateLimitHit): Promise<RateLimitResult> {
  if (store.kind === 'redis') {
    const [count, ttl] = (await store.redis.eval(
      REDIS_HIT,
      1,
      `aisle:rl:${hit.key}`,
      String(hit.windowMs),
      String(hit.cost ?? 1),
    )) as [number, number];
    return {
      allowed: count <= hit.limit,
      remaining: Math.max(0, hit.limit - count),
      retryAfterSeconds: Math.max(1, Math.ceil(ttl / 1000)),
    };
  }
  const windowStart = new Date(hit.now.getTime() - hit.windowMs);
  const cost = hit.cost ?? 1;
  const result = await store.db.execute(sql`
    INSERT INTO rate_limits (key, window_start, count) VALUES (${hit.key}, ${hit.now.toISOString()}, ${cost})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limits.window_start <= ${windowStart.toISOString()} THEN ${cost} ELSE rate_limits.count + ${cost} END,
      window_start = CASE WHEN rate_limits.window_start <= ${windowStart.toISOString()} THEN EXCLUDED.window_start ELSE rate_limits.window_start END
    RETURNING count, window_start`);
  const row = rowsOf(z.object({ count: sqlNumber, window_start: sqlDate }), result)[0]!;
  const started = new Date(row.window_start).getTime();
  const retryAfterSeconds = Math.max(1, Math.ceil((started + hit.windowMs - hit.now.getTime()) / 1000));
  return { allowed: row.count <= hit.limit, remaining: Math.max(0, hit.limit - row.count), retryAfterSeconds };
}
