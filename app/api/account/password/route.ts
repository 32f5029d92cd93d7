import { accountContract } from '@/lib/auth/contract';
import { changePassword } from '@/lib/auth/profile';
import { getSessionId } from '@/lib/auth/session';
import { route } from '@/lib/http/route';
import { requestLocale } from '@/lib/i18n/request-locale';

/** Changes the password (the current one required); every other device is signed out. */
export const PUT = route(accountContract.changePassword, async ({ request, body, db, now, caller }) => {
  await changePassword(db, {
    ...body,
    userId: caller.user.id,
    keepSessionId: await getSessionId(),
    now,
    locale: requestLocale(request.headers),
  });
  return { status: 'ok' };
});
