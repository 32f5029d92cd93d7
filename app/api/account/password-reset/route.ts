import { accountContract } from '@/lib/auth/contract';
import { requestPasswordReset } from '@/lib/auth/password-reset';
import { clientAddress, route } from '@/lib/http/route';
import { requestLocale } from '@/lib/i18n/request-locale';
import { publicUrl } from '@/lib/site';

/** "Forgot password": 202 whether or not the e-mail has an account; the link goes by e-mail only. */
export const POST = route(accountContract.requestPasswordReset, async ({ request, body, db, now, env }) => {
  await requestPasswordReset(db, {
    email: body.email,
    clientAddress: clientAddress(request.headers, env),
    now,
    // The configured origin, never the request's Host: a forged Host cannot point the link elsewhere.
    origin: publicUrl(),
    locale: requestLocale(request.headers),
  });
  return Response.json({ status: 'ok' }, { status: 202 });
});
