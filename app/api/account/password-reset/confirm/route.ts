import { accountContract } from '@/lib/auth/contract';
import { resetPassword } from '@/lib/auth/password-reset';
import { clientAddress, route } from '@/lib/http/route';
import { requestLocale } from '@/lib/i18n/request-locale';

/** Sets a new password with the e-mailed link's token; the account is signed out everywhere. */
export const POST = route(accountContract.confirmPasswordReset, async ({ request, body, db, now, env }) => {
  await resetPassword(db, {
    ...body,
    now,
    clientAddress: clientAddress(request.headers, env),
    locale: requestLocale(request.headers),
  });
  return { status: 'ok' };
});
