import { accountContract } from '@/lib/auth/contract';
import { rotateSession } from '@/lib/auth/session';
import { authSecret } from '@/lib/env';
import { route } from '@/lib/http/route';
import { verifyChallenge } from '@/lib/phone/challenges';
import { linkPhone } from '@/lib/phone/link-phone';
import { requirePhone } from '@/lib/phone/normalize';
import { phoneRegionOfCaller } from '@/lib/phone/caller-region';

/** Links the phone to the signed-in account once the code is right; the session rotates. */
export const POST = route(accountContract.verifyPhone, async ({ body, db, now, env, caller: { user } }) => {
  // As start read it: in the account's market.
  const phone = requirePhone(body.phone, 'phone', await phoneRegionOfCaller(db, user));
  // A retry after success changes nothing and gets the same answer.
  if (user.phone === phone) return { phone };
  await verifyChallenge(
    db,
    { phone, purpose: 'link', requester: user.id },
    body.code,
    { now, secret: authSecret(env) },
    (tx) => linkPhone(tx, user.id, phone, now),
  );
  await rotateSession();
  return { phone };
});
