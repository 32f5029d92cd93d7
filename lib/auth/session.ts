import 'server-only';
import type { Db } from '@/lib/db';
import { readEnv } from '@/lib/env';
import { getSessionUserById } from './accounts';
import { carriesSessionCookie, sessionCookieName } from './cookies';
import { auth, unstable_update } from './next-auth';
import type { SessionUser } from './schema';

/**
 * The signed-in shopper, or null. The session token alone is not trusted: its server
 * session must still be live (sign-out anywhere revokes it). Given the request's headers (a
 * route handler), a request without the session cookie (every guest's bag poll) is answered at
 * once: next-auth's session call builds a request and runs its whole handler to find no one.
 * Pages do not pass them: the head's LCP preload was found to depend on the shell's timing, and
 * answering guests' pages sooner moved it out of the head (tests/e2e/lcp-image.spec.ts).
 */
export async function getSessionUser(
  db: Db,
  now: Date = new Date(),
  request?: { headers: Headers },
): Promise<SessionUser | null> {
  if (request && !carriesSessionCookie(request.headers.get('cookie'), sessionCookieName(readEnv()))) return null;
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
