import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { authSecret, readEnv } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import { clientAddress, route } from '@/lib/http/route';
import { startChallenge } from '@/lib/phone/challenges';
import { requirePhone } from '@/lib/phone/normalize';
import { phoneStartBodySchema } from '@/lib/phone/schema';

/** Sends a one-time code: 202 whatever the phone, so nobody learns which phones are known. */
export const POST = route({ body: phoneStartBodySchema }, async ({ request, body }) => {
  const db = await getDb();
  const phone = requirePhone(body.phone);
  let requester = '';
  if (body.purpose === 'link') {
    const user = await getSessionUser(db);
    if (!user) throw new AppError('unauthorized', 'Sign in to link a phone');
    requester = user.id;
  }
  const sent = await startChallenge(
    db,
    { phone, purpose: body.purpose, requester },
    { clientAddress: clientAddress(request), now: new Date(), secret: authSecret(readEnv()) },
  );
  return Response.json({ status: 'sent', ...sent }, { status: 202 });
});
