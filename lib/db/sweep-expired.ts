import 'server-only';
import { and, isNull, lt, or } from 'drizzle-orm';
import { GUEST_CART_TTL_SECONDS } from '@/lib/cart/guest-cookie';
import type { Db } from '@/lib/db';
import {
  authSessions,
  carts,
  idempotencyKeys,
  passwordResetTokens,
  phoneChallenges,
  rateLimits,
  staffPasswordTokens,
  staffSessions,
} from '@/lib/db/schema';
import { IDEMPOTENCY_TTL_MS } from '@/lib/idempotency/run-idempotent';

const HOUR_MS = 60 * 60 * 1000;
/** The longest rate-limit window in use (code verifications per phone per day). */
const LONGEST_RATE_WINDOW_MS = 24 * HOUR_MS;

export type Swept = {
  idempotencyKeys: number;
  rateLimits: number;
  phoneChallenges: number;
  passwordResetTokens: number;
  authSessions: number;
  guestCarts: number;
  staffSessions: number;
  staffPasswordTokens: number;
};

/**
 * Deletes rows nothing can use any more, so these tables stay the size of current traffic:
 * idempotency keys past their 24 h, finished rate-limit windows, one-time codes an hour past
 * expiry, password reset links past theirs (used or not), expired sessions, guest carts whose
 * cookie has run out, and staff sessions ended or revoked and staff set-password links past
 * their time (the audit log, not these, records staff activity). Each rule keeps every row
 * that could still change an answer; orders and their history are never touched.
 */
export async function sweepExpired(db: Db, now: Date): Promise<Swept> {
  const before = (ms: number) => new Date(now.getTime() - ms);
  const keys = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, before(IDEMPOTENCY_TTL_MS)))
    .returning({ key: idempotencyKeys.key });
  const windows = await db
    .delete(rateLimits)
    .where(lt(rateLimits.windowStart, before(LONGEST_RATE_WINDOW_MS)))
    .returning({ key: rateLimits.key });
  const codes = await db
    .delete(phoneChallenges)
    .where(lt(phoneChallenges.expiresAt, before(HOUR_MS)))
    .returning({ phone: phoneChallenges.phone });
  const resetLinks = await db
    .delete(passwordResetTokens)
    .where(lt(passwordResetTokens.expiresAt, now))
    .returning({ userId: passwordResetTokens.userId });
  const sessions = await db
    .delete(authSessions)
    .where(lt(authSessions.expiresAt, now))
    .returning({ id: authSessions.id });
  const guestCarts = await db
    .delete(carts)
    .where(and(isNull(carts.userId), lt(carts.updatedAt, before(GUEST_CART_TTL_SECONDS * 1000))))
    .returning({ id: carts.id });
  const staff = await db
    .delete(staffSessions)
    .where(or(lt(staffSessions.expiresAt, now), lt(staffSessions.revokedAt, now)))
    .returning({ id: staffSessions.id });
  const staffLinks = await db
    .delete(staffPasswordTokens)
    .where(lt(staffPasswordTokens.expiresAt, now))
    .returning({ staffId: staffPasswordTokens.staffId });
  return {
    idempotencyKeys: keys.length,
    rateLimits: windows.length,
    phoneChallenges: codes.length,
    passwordResetTokens: resetLinks.length,
    authSessions: sessions.length,
    guestCarts: guestCarts.length,
    staffSessions: staff.length,
    staffPasswordTokens: staffLinks.length,
  };
}
