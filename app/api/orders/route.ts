import { route } from '@/lib/http/route';
import { listOrdersForUser } from '@/lib/orders/read-order';
import { orderListQuerySchema } from '@/lib/orders/schema';

/** The signed-in shopper's online orders and their verified phone's in-store orders, newest first. */
export const GET = route(
  { auth: 'user', signIn: 'Sign in to see your orders', query: orderListQuerySchema },
  async ({ query, db, caller }) => ({ orders: await listOrdersForUser(db, caller.user, { channel: query.channel }) }),
);
