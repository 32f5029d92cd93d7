import { getDb } from '@/lib/db';
import { AppError } from '@/lib/http/errors';
import { clientAddress, route } from '@/lib/http/route';
import { findOrderByNumber } from '@/lib/orders/read-order';
import { orderLookupQuerySchema } from '@/lib/orders/schema';
import { hitRateLimit } from '@/lib/security/rate-limit';

/** A guest's order by its number and e-mail (rate-limited: the pair is the only secret). */
export const GET = route({ query: orderLookupQuerySchema }, async ({ query, request }) => {
  const db = await getDb();
  const limit = await hitRateLimit(db, {
    key: `order-lookup:ip:${clientAddress(request)}`,
    limit: 30,
    windowMs: 15 * 60_000,
    now: new Date(),
  });
  if (!limit.allowed)
    throw new AppError('rate_limited', 'Too many look-ups; try again later', undefined, limit.retryAfterSeconds);
  return findOrderByNumber(db, query.number, query.email);
});
