import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/http/errors';
import { route } from '@/lib/http/route';
import { listOrdersForUser } from '@/lib/orders/read-order';
import { orderListQuerySchema } from '@/lib/orders/schema';

/** The signed-in shopper's online orders and their verified phone's in-store orders, newest first. */
export const GET = route({ query: orderListQuerySchema }, async ({ query }) => {
  const db = await getDb();
  const user = await getSessionUser(db);
  if (!user) throw new AppError('unauthorized', 'Sign in to see your orders');
  return { orders: await listOrdersForUser(db, user, { channel: query.channel }) };
});
