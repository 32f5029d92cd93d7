import { getSessionUser, rotateSession } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { authSecret, readEnv } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import { route } from '@/lib/http/route';
import { verifyChallenge } from '@/lib/phone/challenges';
import { linkPhone } from '@/lib/phone/link-phone';
import { requirePhone } from '@/lib/phone/normalize';
import { phoneVerifyBodySchema } from '@/lib/phone/schema';

/** Links the phone to the signed-in account once the code is right; the session rotates. */
export const POST = route({ body: phoneVerifyBodySchema }, async ({ body }) => {
  const db = await getDb();
  const user = await getSessionUser(db);
  if (!user) throw new AppError('unauthorized', 'Sign in to link a phone');
  const phone = requirePhone(body.phone);
  // A retry after success changes nothing and gets the same answer.
  if (user.phone === phone) return { phone };
  const now = new Date();
  await verifyChallenge(
    db,
    { phone, purpose: 'link', requester: user.id },
    body.code,
    { now, secret: authSecret(readEnv()) },
    (tx) => linkPhone(tx, user.id, phone, now),
  );
  await rotateSession();
  return { phone };
});
