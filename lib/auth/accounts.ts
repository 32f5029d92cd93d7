import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { authSessions, users } from '@/lib/db/schema';
import { newId } from '@/lib/ids';
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
  return user && ok ? { id: user.id, email: user.email, name: user.name } : null;
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
    .select({ id: users.id, email: users.email, name: users.name })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(and(eq(authSessions.id, sessionId), isNull(authSessions.revokedAt), gt(authSessions.expiresAt, now)))
    .limit(1);
  return row ?? null;
}

export async function revokeAuthSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db.update(authSessions).set({ revokedAt: now }).where(eq(authSessions.id, sessionId));
}
