import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/http/errors';
import { route } from '@/lib/http/route';
import { listOrdersForUser } from '@/lib/orders/read-order';

/** The signed-in shopper's orders, newest first. */
export const GET = route({}, async () => {
  const db = await getDb();
  const user = await getSessionUser(db);
  if (!user) throw new AppError('unauthorized', 'Sign in to see your orders');
  return { orders: await listOrdersForUser(db, user.id) };
});
