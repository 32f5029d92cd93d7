import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/http/errors';
import { route } from '@/lib/http/route';
import { unlinkPhone } from '@/lib/phone/link-phone';

/** Unlinks the account's phone: its in-store orders leave the order history. Repeats are harmless. */
export const DELETE = route({}, async () => {
  const db = await getDb();
  const user = await getSessionUser(db);
  if (!user) throw new AppError('unauthorized', 'Sign in to manage your phone');
  await unlinkPhone(db, user.id);
  return { phone: null };
});
