import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { staffMembers, staffMemberStores, staffSessions } from '@/lib/db/schema';
import type { Env } from '@/lib/env';
import { newId } from '@/lib/ids';
import type { StaffCaller } from './caller';

/** last_seen is written at most this often per session, so each request does not write. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

export function hashStaffToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new session for a member who has passed every step of sign-in: answers the cookie's token. */
export async function createStaffSession(
  db: Db,
  staffId: string,
  { now, env, userAgent }: { now: Date; env: Env; userAgent?: string | null },
): Promise<{ id: string; token: string }> {
  const token = randomBytes(32).toString('base64url');
  const id = newId('sts');
  await db.insert(staffSessions).values({
    id,
    staffId,
    tokenHash: hashStaffToken(token),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + env.AISLE_STAFF_SESSION_HOURS * 3_600_000),
    userAgent: userAgent?.slice(0, 300) ?? null,
  });
  return { id, token };
}

/**
 * The member behind a session token, or null: unknown, revoked, past its absolute end, idle for
 * longer than the idle timeout, or the member was removed. A live one is marked seen.
 */
export async function resolveStaffSession(db: Db, token: string, now: Date, env: Env): Promise<StaffCaller | null> {
  const [row] = await db
    .select({ session: staffSessions, member: staffMembers })
    .from(staffSessions)
    .innerJoin(staffMembers, eq(staffMembers.id, staffSessions.staffId))
    .where(eq(staffSessions.tokenHash, hashStaffToken(token)));
  if (!row) return null;
  const { session, member } = row;
  const idleMs = env.AISLE_STAFF_IDLE_MINUTES * 60_000;
  if (session.revokedAt || member.removedAt) return null;
  if (session.expiresAt <= now || session.lastSeenAt.getTime() + idleMs <= now.getTime()) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    await db.update(staffSessions).set({ lastSeenAt: now }).where(eq(staffSessions.id, session.id));
  }
  return {
    id: member.id,
    email: member.email,
    name: member.name,
    role: member.role,
    storeIds: await staffStoreIds(db, member),
    sessionId: session.id,
    totpEnrolled: member.totpEnrolledAt !== null,
  };
}

/** The stores a member acts on: every store for an admin, else their rows. */
export async function staffStoreIds(db: Db, member: { id: string; role: string }): Promise<string[] | 'all'> {
  if (member.role === 'admin') return 'all';
  const rows = await db
    .select({ storeId: staffMemberStores.storeId })
    .from(staffMemberStores)
    .where(eq(staffMemberStores.staffId, member.id));
  return rows.map((r) => r.storeId).sort();
}

/** Ends one session (sign-out, or revoked from the console); answers whether it was live. */
export async function revokeStaffSession(db: Db, sessionId: string, now: Date): Promise<boolean> {
  const ended = await db
    .update(staffSessions)
    .set({ revokedAt: now })
    .where(and(eq(staffSessions.id, sessionId), isNull(staffSessions.revokedAt)))
    .returning({ id: staffSessions.id });
  return ended.length > 0;
}

/** Ends every session of a member (removed, or their password set anew). */
export async function revokeAllStaffSessions(db: Db, staffId: string, now: Date): Promise<void> {
  await db
    .update(staffSessions)
    .set({ revokedAt: now })
    .where(and(eq(staffSessions.staffId, staffId), isNull(staffSessions.revokedAt)));
}
