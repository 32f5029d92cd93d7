import 'server-only';
import type { Db } from '@/lib/db';
import { AppError, retryAfter, type AppErrorOptions, type ErrorCode } from '@/lib/http/errors';
import { hitRateLimit, type RateLimitHit } from './rate-limit';

type Refusal = Pick<AppErrorOptions, 'details'> & {
  /** `rate_limited` unless the limit is part of another refusal (a locked code, a hold budget). */
  code?: Extract<ErrorCode, 'rate_limited' | 'code_locked' | 'reservation_limit'>;
};

/**
 * Counts one attempt against each limit in turn and answers the refusal (429 or the code's
 * status, with Retry-After) for the first one past its limit, else null; the later ones are not
 * counted, as the attempt goes no further. For work that must commit what it counted before it
 * refuses (a transaction that returns its refusal); otherwise use assertWithinLimit.
 */
export async function limitRefusal(
  db: Db,
  hits: RateLimitHit | readonly RateLimitHit[],
  message: string,
  { code = 'rate_limited', details }: Refusal = {},
): Promise<AppError | null> {
  for (const hit of Array.isArray(hits) ? hits : [hits]) {
    const result = await hitRateLimit(db, hit);
    if (!result.allowed) return new AppError(code, message, { details, headers: retryAfter(result.retryAfterSeconds) });
  }
  return null;
}

/** As limitRefusal, throwing the refusal. */
export async function assertWithinLimit(
  db: Db,
  hits: RateLimitHit | readonly RateLimitHit[],
  message: string,
  options: Refusal = {},
): Promise<void> {
  const refusal = await limitRefusal(db, hits, message, options);
  if (refusal) throw refusal;
}
