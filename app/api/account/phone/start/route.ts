import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { authSecret, readEnv } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import { clientAddress, route } from '@/lib/http/route';
import { startChallenge } from '@/lib/phone/challenges';
import { requirePhone } from '@/lib/phone/normalize';
import { issueSignInRequester } from '@/lib/phone/requester';
import { phoneStartBodySchema } from '@/lib/phone/schema';

/** Sends a one-time code: 202 whatever the phone, so nobody learns which phones are known. */
export const POST = route({ body: phoneStartBodySchema }, async ({ request, body }) => {
  const db = await getDb();
  const env = readEnv();
  const phone = requirePhone(body.phone);
  let requester: string;
  let setCookie: string | undefined;
  if (body.purpose === 'link') {
    const user = await getSessionUser(db);
    if (!user) throw new AppError('unauthorized', 'Sign in to link a phone');
    requester = user.id;
  } else {
    ({ requester, setCookie } = issueSignInRequester(request));
  }
  const sent = await startChallenge(
    db,
    { phone, purpose: body.purpose, requester },
    {
      clientAddress: clientAddress(request, env),
      now: new Date(),
      secret: authSecret(env),
      sendsPerHour: env.AISLE_OTP_SENDS_PER_HOUR,
    },
  );
  const response = Response.json({ status: 'sent', ...sent }, { status: 202 });
  if (setCookie) response.headers.append('set-cookie', setCookie);
  return response;
});
