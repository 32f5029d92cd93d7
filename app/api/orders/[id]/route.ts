import { orderContract } from '@/lib/orders/contract';
import { route } from '@/lib/http/route';
import { getOrderForCaller } from '@/lib/orders/read-order';

/** One order, for its account or for the holder of its confirmation token; otherwise 404. */
export const GET = route(orderContract.read, async ({ params, query, db, caller }) =>
  getOrderForCaller(db, params.id, { user: caller.user, token: query.token }),
);
