import { accountContract } from '@/lib/auth/contract';
import { clearSessionCookie } from '@/lib/auth/cookies';
import { route } from '@/lib/http/route';
import { deleteAccount } from '@/lib/privacy/delete-account';

/** "Delete my account": signed out everywhere, personal data erased, orders kept anonymised. */
export const DELETE = route(accountContract.deleteAccount, async ({ db, env, caller }) => {
  await deleteAccount(db, caller.user.id);
  const response = Response.json({ status: 'deleted' });
  response.headers.append('set-cookie', clearSessionCookie(env));
  return response;
});
