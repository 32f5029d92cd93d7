import { notFound } from '@/lib/http/errors';
import { route } from '@/lib/http/route';

/**
 * The framework's ceiling for `npm run bench`: a route handler through the same wrapper that
 * does no work. Answers only when the server runs with AISLE_BENCH=1.
 */
export const GET = route({ auth: 'none', db: false }, async ({ env }) => {
  if (env.AISLE_BENCH !== '1') throw notFound('Route');
  return { ok: true };
});
