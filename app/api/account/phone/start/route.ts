import { accountContract } from '@/lib/auth/contract';
import { authSecret } from '@/lib/env';
import { clientAddress, route } from '@/lib/http/route';
import { signedIn } from '@/lib/http/route-auth';
import { startChallenge } from '@/lib/phone/challenges';
import { requirePhone } from '@/lib/phone/normalize';
import { phoneRegionOfCaller } from '@/lib/phone/caller-region';
import { isKnownPhone, issueSignInRequester } from '@/lib/phone/requester';

/**
 * Sends a one-time code: 202 whatever the phone, so nobody learns which phones are known.
 * Linking needs the signed-in user; signing in, the browser's requester cookie.
 */
export const POST = route(accountContract.startPhone, async ({ request, body, db, now, env, caller }) => {
  // Linking reads the number in the account's market; signing in in the base market, as the
  // phone sign-in provider reads it (lib/auth/credentials.ts), so the code is for the same phone.
  const region = await phoneRegionOfCaller(db, body.purpose === 'link' ? caller?.user : null);
  const phone = requirePhone(body.phone, 'phone', region);
  let requester: string;
  let setCookie: string | undefined;
  // The phone's proven owner (its account, or a browser that signed in with it) is not held back
  // by the per-phone ceilings that strangers can fill.
  let owner: boolean;
  if (body.purpose === 'link') {
    const user = signedIn(caller);
    requester = user.id;
    owner = user.phone === phone;
  } else {
    ({ requester, setCookie } = issueSignInRequester(request, env));
    owner = isKnownPhone(request, phone, env);
  }
  const sent = await startChallenge(
    db,
    { phone, purpose: body.purpose, requester },
    {
      clientAddress: clientAddress(request.headers, env),
      now,
      secret: authSecret(env),
      sendsPerHour: env.AISLE_OTP_SENDS_PER_HOUR,
      owner,
    },
  );
  const response = Response.json({ status: 'sent', ...sent }, { status: 202 });
  if (setCookie) response.headers.append('set-cookie', setCookie);
  return response;
});
