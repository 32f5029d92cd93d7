import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { route } from '@/lib/http/route';
import { getOrderForCaller } from '@/lib/orders/read-order';
import { orderAccessQuerySchema, orderParamsSchema } from '@/lib/orders/schema';

/** One order, for its account or for the holder of its confirmation token; otherwise 404. */
export const GET = route({ params: orderParamsSchema, query: orderAccessQuerySchema }, async ({ params, query }) => {
  const db = await getDb();
  const user = await getSessionUser(db);
  return getOrderForCaller(db, params.id, { user, token: query.token });
});
