import 'server-only';
import { headers } from 'next/headers';
import type { Db } from '@/lib/db';
import { readEnv } from '@/lib/env';
import { getSessionUserById } from './accounts';
import { carriesSessionCookie, sessionCookieName } from './cookies';
import { auth, unstable_update } from './next-auth';
import type { SessionUser } from './schema';

/**
 * The signed-in shopper, or null. The session token alone is not trusted: its server
 * session must still be live (sign-out anywhere revokes it). A request without the session
 * cookie (every guest's: a bag poll, a page) is answered at once, without next-auth: its
 * session call builds a request and runs its whole handler only to find no cookie.
 */
export async function getSessionUser(db: Db, now: Date = new Date()): Promise<SessionUser | null> {
  if (!carriesSessionCookie((await headers()).get('cookie'), sessionCookieName(readEnv()))) return null;
  const session = await auth();
  if (!session?.sid) return null;
  return getSessionUserById(db, session.sid, now);
}

/**
 * Replaces the caller's server session with a new one and reissues the cookie, after a
 * change of what the session may see (a phone linked): an old copy of the cookie stops working.
 */
export async function rotateSession(): Promise<void> {
  await unstable_update({ rotate: true } as never);
}

/** The id of the caller's server session (to keep it when others are revoked), or null. */
export async function getSessionId(): Promise<string | null> {
  const session = await auth();
  return session?.sid ?? null;
}
