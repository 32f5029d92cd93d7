import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { verifyPassword } from '@/lib/auth/password';
import type { Db } from '@/lib/db';
import { staffMembers } from '@/lib/db/schema';
import type { Env } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import { clientAddress } from '@/lib/http/route';
import { assertWithinLimit } from '@/lib/security/assert-within-limit';
import { recordStaffAction } from './audit';
import type { StaffMe } from './schema';
import { createStaffSession, staffStoreIds } from './sessions';
import { acceptTotp, looksLikeRecoveryCode, spendRecoveryCode } from './totp';

/* As the shopper sign-in (lib/auth/sign-in-limits.ts): per e-mail and per address, in 15 minutes. */
export const STAFF_SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const STAFF_SIGN_IN_LIMIT_PER_EMAIL = 10;
export const STAFF_SIGN_IN_LIMIT_PER_ADDRESS = 100;

type Ctx = { db: Db; now: Date; env: Env; request: Request };

/**
 * Checks a staff sign-in and opens a session: every attempt is counted first (a wrong code
 * costs as a wrong password does), the password is always verified (an unknown e-mail takes as
 * long), and a member with TOTP enrolled gets no session without a fresh code or a recovery code.
 */
export async function signInStaff(
  ctx: Ctx,
  input: { email: string; password: string; code?: string },
): Promise<{ token: string; staff: StaffMe }> {
  const { db, now, env, request } = ctx;
  await assertWithinLimit(
    db,
    [
      { key: `staff-sign-in:ip:${clientAddress(request.headers, env)}`, limit: STAFF_SIGN_IN_LIMIT_PER_ADDRESS },
      { key: `staff-sign-in:email:${input.email}`, limit: STAFF_SIGN_IN_LIMIT_PER_EMAIL },
    ].map((hit) => ({ ...hit, windowMs: STAFF_SIGN_IN_WINDOW_MS, now })),
    'Too many sign-in attempts; try again later',
  );
  const [member] = await db
    .select()
    .from(staffMembers)
    .where(and(eq(staffMembers.email, input.email), isNull(staffMembers.removedAt)));
  const passwordOk = await verifyPassword(member?.passwordHash ?? null, input.password);
  if (!member || !member.passwordHash || !passwordOk) {
    throw new AppError('staff_sign_in_failed', 'The e-mail or password is not right');
  }
  if (member.totpEnrolledAt && member.totpSecret) {
    if (!input.code) throw new AppError('totp_required', 'Enter the code from your authenticator app');
    const ok = looksLikeRecoveryCode(input.code)
      ? await spendRecoveryCode(db, member.id, input.code)
      : await acceptTotp(db, member.id, member.totpSecret, input.code, now);
    if (!ok) throw new AppError('totp_invalid', 'This code is not right, or was already used');
  }
  const session = await createStaffSession(db, member.id, { now, env, userAgent: request.headers.get('user-agent') });
  await recordStaffAction(db, member, { action: 'staff.signed_in', target: member.email, at: now });
  return {
    token: session.token,
    staff: {
      id: member.id,
      email: member.email,
      name: member.name,
      role: member.role,
      storeIds: await staffStoreIds(db, member),
      totpEnrolled: member.totpEnrolledAt !== null,
    },
  };
}
