import 'server-only';
import type { Db } from '@/lib/db';
import { getSessionUserById } from './accounts';
import { auth } from './next-auth';
import type { SessionUser } from './schema';

/**
 * The signed-in shopper, or null. The session token alone is not trusted: its server
 * session must still be live (sign-out anywhere revokes it).
 */
export async function getSessionUser(db: Db): Promise<SessionUser | null> {
  const session = await auth();
  if (!session?.sid) return null;
  return getSessionUserById(db, session.sid, new Date());
}
