import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { authSecret, readEnv } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import { clientAddress, route } from '@/lib/http/route';
import { startChallenge } from '@/lib/phone/challenges';
import { requirePhone } from '@/lib/phone/normalize';
import { isKnownPhone, issueSignInRequester } from '@/lib/phone/requester';
import { phoneStartBodySchema } from '@/lib/phone/schema';

/** Sends a one-time code: 202 whatever the phone, so nobody learns which phones are known. */
export const POST = route({ body: phoneStartBodySchema }, async ({ request, body }) => {
  const db = await getDb();
  const env = readEnv();
  const phone = requirePhone(body.phone);
  let requester: string;
  let setCookie: string | undefined;
  // The phone's proven owner (its account, or a browser that signed in with it) is not held back
  // by the per-phone ceilings that strangers can fill.
  let owner: boolean;
  if (body.purpose === 'link') {
    const user = await getSessionUser(db);
    if (!user) throw new AppError('unauthorized', 'Sign in to link a phone');
    requester = user.id;
    owner = user.phone === phone;
  } else {
    ({ requester, setCookie } = issueSignInRequester(request));
    owner = isKnownPhone(request, phone);
  }
  const sent = await startChallenge(
    db,
    { phone, purpose: body.purpose, requester },
    {
      clientAddress: clientAddress(request, env),
      now: new Date(),
      secret: authSecret(env),
      sendsPerHour: env.AISLE_OTP_SENDS_PER_HOUR,
      owner,
    },
  );
  const response = Response.json({ status: 'sent', ...sent }, { status: 202 });
  if (setCookie) response.headers.append('set-cookie', setCookie);
  return response;
});
