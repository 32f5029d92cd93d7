import { authSecret } from '@/lib/env';
import { clientAddress, route } from '@/lib/http/route';
import { signedIn } from '@/lib/http/route-auth';
import { startChallenge } from '@/lib/phone/challenges';
import { requirePhone } from '@/lib/phone/normalize';
import { issueSignInRequester } from '@/lib/phone/requester';
import { phoneStartBodySchema } from '@/lib/phone/schema';

/**
 * Sends a one-time code: 202 whatever the phone, so nobody learns which phones are known.
 * Linking needs the signed-in user; signing in, the browser's requester cookie.
 */
export const POST = route(
  {
    auth: ({ body }) => (body.purpose === 'link' ? 'user' : 'none'),
    signIn: 'Sign in to link a phone',
    body: phoneStartBodySchema,
  },
  async ({ request, body, db, now, env, caller }) => {
    const phone = requirePhone(body.phone);
    let requester: string;
    let setCookie: string | undefined;
    if (body.purpose === 'link') {
      requester = signedIn(caller).id;
    } else {
      ({ requester, setCookie } = issueSignInRequester(request, env));
    }
    const sent = await startChallenge(
      db,
      { phone, purpose: body.purpose, requester },
      {
        clientAddress: clientAddress(request.headers, env),
        now,
        secret: authSecret(env),
        sendsPerHour: env.AISLE_OTP_SENDS_PER_HOUR,
      },
    );
    const response = Response.json({ status: 'sent', ...sent }, { status: 202 });
    if (setCookie) response.headers.append('set-cookie', setCookie);
    return response;
  },
);
