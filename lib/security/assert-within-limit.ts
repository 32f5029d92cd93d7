import 'server-only';
import type { Db } from '@/lib/db';
import { AppError, retryAfter, type AppErrorOptions } from '@/lib/http/errors';
import { hitRateLimit, type RateLimitHit } from './rate-limit';

/**
 * Counts one attempt against each limit in turn and refuses with 429 and Retry-After at the
 * first one past its limit; the later ones are not counted, as the attempt goes no further.
 */
export async function assertWithinLimit(
  db: Db,
  hits: RateLimitHit | readonly RateLimitHit[],
  message: string,
  options: Pick<AppErrorOptions, 'details'> = {},
): Promise<void> {
  for (const hit of Array.isArray(hits) ? hits : [hits]) {
    const result = await hitRateLimit(db, hit);
    if (!result.allowed) {
      throw new AppError('rate_limited', message, { ...options, headers: retryAfter(result.retryAfterSeconds) });
    }
  }
}
