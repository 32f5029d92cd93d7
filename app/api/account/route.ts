import { clearSessionCookie } from '@/lib/auth/cookies';
import { route } from '@/lib/http/route';
import { deleteAccountBodySchema } from '@/lib/privacy/schema';
import { deleteAccount } from '@/lib/privacy/delete-account';

/** "Delete my account": signed out everywhere, personal data erased, orders kept anonymised. */
export const DELETE = route(
  { auth: 'user', signIn: 'Sign in to delete your account', body: deleteAccountBodySchema },
  async ({ db, env, caller }) => {
    await deleteAccount(db, caller.user.id);
    const response = Response.json({ status: 'deleted' });
    response.headers.append('set-cookie', clearSessionCookie(env));
    return response;
  },
);
