import { readEnv } from '@/lib/env';
import { notFoundError } from '@/lib/http/errors';
import { route } from '@/lib/http/route';

/**
 * The framework's ceiling for `npm run bench`: a route handler through the same wrapper that
 * does no work. Answers only when the server runs with AISLE_BENCH=1.
 */
let enabled: boolean | undefined;

export const GET = route({}, async () => {
  // Read once: parsing the environment on every request would make the ceiling lower than it is.
  enabled ??= readEnv().AISLE_BENCH === '1';
  if (!enabled) throw notFoundError('Route');
  return { ok: true };
});
