import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { authSessions, users } from '@/lib/db/schema';
import { newId } from '@/lib/ids';
import { lockPhone } from '@/lib/phone/link-phone';
import { formatPhone } from '@/lib/phone/normalize';
import { hashPassword, verifyPassword } from './password';
import type { SessionUser, SignUpBody } from './schema';

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Creates the account unless the e-mail is taken. The caller answers the same either
 * way, so sign-up does not reveal which e-mails have accounts.
 */
export async function signUp(db: Db, input: SignUpBody, now: Date): Promise<{ created: boolean; userId?: string }> {
  const passwordHash = await hashPassword(input.password);
  const inserted = await db
    .insert(users)
    .values({ id: newId('usr'), email: input.email, name: input.name, passwordHash, createdAt: now })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  return inserted[0] ? { created: true, userId: inserted[0].id } : { created: false };
}

/** The account for these credentials, or null; the same work is done for unknown e-mails. */
export async function authenticate(db: Db, email: string, password: string): Promise<SessionUser | null> {
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  return user && ok ? { id: user.id, email: user.email, name: user.name, phone: user.phone } : null;
}

/** A new server-side session: every sign-in gets a fresh id (rotation). */
export async function createAuthSession(db: Db, userId: string, now: Date): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  await db.insert(authSessions).values({
    id,
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
  });
  return id;
}

export async function getSessionUserById(db: Db, sessionId: string, now: Date): Promise<SessionUser | null> {
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, phone: users.phone })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(and(eq(authSessions.id, sessionId), isNull(authSessions.revokedAt), gt(authSessions.expiresAt, now)))
    .limit(1);
  return row ?? null;
}

/** A new session id for the same account; the old one stops working. Null when the old one is not live. */
export async function rotateAuthSession(db: Db, sessionId: string, now: Date): Promise<string | null> {
  return inTransaction(db, async (tx) => {
    const [old] = await tx
      .update(authSessions)
      .set({ revokedAt: now })
      .where(and(eq(authSessions.id, sessionId), isNull(authSessions.revokedAt), gt(authSessions.expiresAt, now)))
      .returning({ userId: authSessions.userId });
    return old ? createAuthSession(tx, old.userId, now) : null;
  });
}

/** Signs the account out everywhere. */
export async function revokeAllAuthSessions(db: Db, userId: string, now: Date): Promise<void> {
  await db
    .update(authSessions)
    .set({ revokedAt: now })
    .where(and(eq(authSessions.userId, userId), isNull(authSessions.revokedAt)));
}

export async function revokeAuthSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db.update(authSessions).set({ revokedAt: now }).where(eq(authSessions.id, sessionId));
}

/**
 * The account a verified phone signs in to; a phone nobody has yet gets a new account
 * (named as the shopper asked, or by the number). Runs inside the verifying transaction.
 */
export async function findOrCreatePhoneAccount(
  tx: Db,
  phone: string,
  name: string | undefined,
  now: Date,
): Promise<SessionUser> {
  await lockPhone(tx, phone);
  const [existing] = await tx
    .select({ id: users.id, email: users.email, name: users.name, phone: users.phone })
    .from(users)
    .where(eq(users.phone, phone));
  if (existing) return existing;
  const user = { id: newId('usr'), email: null, name: name || formatPhone(phone), phone };
  await tx.insert(users).values({ ...user, passwordHash: null, phoneVerifiedAt: now, createdAt: now });
  return user;
}
