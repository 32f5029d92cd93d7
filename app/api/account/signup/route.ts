import { accountContract } from '@/lib/auth/contract';
import { signUp } from '@/lib/auth/accounts';
import { clientAddress, route } from '@/lib/http/route';
import { assertWithinLimit } from '@/lib/security/assert-within-limit';

/** Answers the same whether or not the e-mail already has an account. */
export const POST = route(accountContract.signUp, async ({ request, body, db, now, env }) => {
  const key = `sign-up:ip:${clientAddress(request.headers, env)}`;
  await assertWithinLimit(
    db,
    { key, limit: env.AISLE_SIGNUPS_PER_ADDRESS, windowMs: 3_600_000, now },
    'Too many sign-ups from here; try again later',
  );
  await signUp(db, body, now);
  return Response.json({ status: 'ok' }, { status: 201 });
});
