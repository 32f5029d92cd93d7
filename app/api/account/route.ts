import { getSessionUser } from '@/lib/auth/session';
import { clearSessionCookie } from '@/lib/auth/cookies';
import { getDb } from '@/lib/db';
import { readEnv } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import { route } from '@/lib/http/route';
import { deleteAccountBodySchema } from '@/lib/privacy/schema';
import { deleteAccount } from '@/lib/privacy/delete-account';

/** "Delete my account": signed out everywhere, personal data erased, orders kept anonymised. */
export const DELETE = route({ body: deleteAccountBodySchema }, async () => {
  const db = await getDb();
  const user = await getSessionUser(db);
  if (!user) throw new AppError('unauthorized', 'Sign in to delete your account');
  await deleteAccount(db, user.id);
  const response = Response.json({ status: 'deleted' });
  response.headers.append('set-cookie', clearSessionCookie(readEnv()));
  return response;
});
