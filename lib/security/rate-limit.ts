import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { rowsOf } from '@/lib/db/rows';

export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

/**
 * Counts one attempt against `key` in a fixed window, atomically, in the database so
 * every app instance shares the count.
 */
export async function hitRateLimit(
  db: Db,
  opts: { key: string; limit: number; windowMs: number; now: Date },
): Promise<RateLimitResult> {
  const windowStart = new Date(opts.now.getTime() - opts.windowMs);
  const result = await db.execute(sql`
    INSERT INTO rate_limits (key, window_start, count) VALUES (${opts.key}, ${opts.now.toISOString()}, 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limits.window_start <= ${windowStart.toISOString()} THEN 1 ELSE rate_limits.count + 1 END,
      window_start = CASE WHEN rate_limits.window_start <= ${windowStart.toISOString()} THEN EXCLUDED.window_start ELSE rate_limits.window_start END
    RETURNING count, window_start`);
  const row = rowsOf<{ count: number; window_start: string | Date }>(result)[0]!;
  const started = new Date(row.window_start).getTime();
  const retryAfterSeconds = Math.max(1, Math.ceil((started + opts.windowMs - opts.now.getTime()) / 1000));
  return { allowed: row.count <= opts.limit, remaining: Math.max(0, opts.limit - row.count), retryAfterSeconds };
}
