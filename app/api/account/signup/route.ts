import { signUp } from '@/lib/auth/accounts';
import { signUpBodySchema } from '@/lib/auth/schema';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/http/errors';
import { clientAddress, route } from '@/lib/http/route';
import { hitRateLimit } from '@/lib/security/rate-limit';

/** Answers the same whether or not the e-mail already has an account. */
export const POST = route({ body: signUpBodySchema }, async ({ request, body }) => {
  const db = await getDb();
  const now = new Date();
  const limit = await hitRateLimit(db, {
    key: `sign-up:ip:${clientAddress(request)}`,
    limit: 20,
    windowMs: 3_600_000,
    now,
  });
  if (!limit.allowed)
    throw new AppError(
      'rate_limited',
      'Too many sign-ups from here; try again later',
      undefined,
      limit.retryAfterSeconds,
    );
  await signUp(db, body, now);
  return Response.json({ status: 'ok' }, { status: 201 });
});
