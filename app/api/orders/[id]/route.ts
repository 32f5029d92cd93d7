import { route } from '@/lib/http/route';
import { getOrderForCaller } from '@/lib/orders/read-order';
import { orderAccessQuerySchema, orderParamsSchema } from '@/lib/orders/schema';

/** One order, for its account or for the holder of its confirmation token; otherwise 404. */
export const GET = route(
  { auth: 'shopper', params: orderParamsSchema, query: orderAccessQuerySchema },
  async ({ params, query, db, caller }) => getOrderForCaller(db, params.id, { user: caller.user, token: query.token }),
);
