import 'server-only';
import { and, asc, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { staffMembers, staffMemberStores, staffSessions } from '@/lib/db/schema';
import type { Env } from '@/lib/env';
import { AppError, notFoundError } from '@/lib/http/errors';
import type { Locale } from '@/lib/i18n/translate';
import { enqueueMessages } from '@/lib/notifications/outbox';
import { recordStaffAction } from './audit';
import type { StaffCaller } from './caller';
import { staffInviteMessage } from './invite-message';
import { insertStaffMember, issueSetPasswordLink, resolveStoreIds, SET_PASSWORD_LINK_HOURS } from './members';
import type { Member } from './schema';
import { revokeAllStaffSessions, revokeStaffSession } from './sessions';

type MemberRow = typeof staffMembers.$inferSelect & { storeIds: string[] };

function toMember(row: MemberRow): Member {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    storeIds: row.storeIds,
    passwordSet: row.passwordHash !== null,
    totpEnrolled: row.totpEnrolledAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

async function liveMembers(db: Db, ids?: string[]): Promise<MemberRow[]> {
  const rows = await db
    .select()
    .from(staffMembers)
    .where(and(isNull(staffMembers.removedAt), ids ? inArray(staffMembers.id, ids) : undefined))
    .orderBy(asc(staffMembers.email));
  if (rows.length === 0) return [];
  const links = await db
    .select()
    .from(staffMemberStores)
    .where(
      inArray(
        staffMemberStores.staffId,
        rows.map((r) => r.id),
      ),
    );
  return rows.map((r) => ({
    ...r,
    storeIds: links
      .filter((l) => l.staffId === r.id)
      .map((l) => l.storeId)
      .sort(),
  }));
}

/**
 * Whom `staff` manages: an admin, every other member; a manager, associates all of whose stores
 * are theirs (an associate also at another store is that store's manager's too, so not theirs alone).
 */
export function manages(staff: StaffCaller, target: { id: string; role: string; storeIds: string[] }): boolean {
  if (target.id === staff.id) return false;
  if (staff.role === 'admin') return true;
  if (staff.role !== 'manager' || target.role !== 'associate' || staff.storeIds === 'all') return false;
  const own = staff.storeIds;
  return target.storeIds.length > 0 && target.storeIds.every((s) => own.includes(s));
}

/** The members the caller may see: all for an admin; for a manager, themselves and those sharing a store. */
export async function listMembers(db: Db, staff: StaffCaller): Promise<Member[]> {
  const all = await liveMembers(db);
  const own = staff.storeIds;
  const visible =
    own === 'all'
      ? all
      : all.filter((m) => m.id === staff.id || (m.role !== 'admin' && m.storeIds.some((s) => own.includes(s))));
  return visible.map(toMember);
}

/** A member the caller manages, or 404 (one they may not manage is as if it did not exist). */
async function managedOr404(db: Db, staff: StaffCaller, staffId: string): Promise<MemberRow> {
  const [target] = await liveMembers(db, [staffId]);
  if (!target || !manages(staff, target)) throw notFoundError('This staff member');
  return target;
}

export type Invitation = { email: string; name: string; role: Member['role']; storeIds: string[] };

/** Invites a member the caller may make; answers them and their one-time link (also e-mailed). */
export async function inviteMember(
  db: Db,
  staff: StaffCaller,
  input: Invitation,
  ctx: { now: Date; env: Env; locale: Locale },
): Promise<{ member: Member; setPasswordUrl: string }> {
  const storeIds = input.role === 'admin' ? [] : await resolveStoreIds(db, input.storeIds);
  if (input.role !== 'admin' && storeIds.length === 0) {
    throw new AppError('invalid_request', 'Choose at least one store', { fields: { storeIds: ['Choose a store'] } });
  }
  if (staff.role !== 'admin') {
    const own = staff.storeIds === 'all' ? null : staff.storeIds;
    if (input.role !== 'associate') throw new AppError('forbidden', 'Managers invite associates only');
    if (own && storeIds.some((s) => !own.includes(s))) {
      throw new AppError('forbidden', 'Managers invite staff for their own stores only');
    }
  }
  return inTransaction(db, async (tx) => {
    const id = await insertStaffMember(tx, { ...input, storeIds }, ctx.now);
    const setPasswordUrl = await issueSetPasswordLink(tx, id, ctx.now, ctx.env);
    const [row] = await liveMembers(tx, [id]);
    await enqueueMessages(
      tx,
      [staffInviteMessage(row!.email, setPasswordUrl, SET_PASSWORD_LINK_HOURS, ctx.locale)],
      ctx.now,
    );
    await recordStaffAction(tx, staff, {
      action: 'staff.invited',
      storeId: storeIds.length === 1 ? storeIds[0] : null,
      target: row!.email,
      after: { role: row!.role, storeIds },
      at: ctx.now,
    });
    return { member: toMember(row!), setPasswordUrl };
  });
}

/** Removes a member: their sessions end; the row stays (removed_at) for the audit log's sake. */
export async function removeMember(db: Db, staff: StaffCaller, staffId: string, now: Date): Promise<void> {
  await inTransaction(db, async (tx) => {
    const target = await managedOr404(tx, staff, staffId);
    await tx.update(staffMembers).set({ removedAt: now }).where(eq(staffMembers.id, target.id));
    await revokeAllStaffSessions(tx, target.id, now);
    await recordStaffAction(tx, staff, {
      action: 'staff.removed',
      storeId: target.storeIds.length === 1 ? target.storeIds[0] : null,
      target: target.email,
      before: { role: target.role, storeIds: target.storeIds },
      at: now,
    });
  });
}

/** Whose sessions the caller may see and end: their own, or a member they manage. */
async function sessionOwnerOr404(db: Db, staff: StaffCaller, staffId: string): Promise<MemberRow> {
  if (staffId === staff.id) return (await liveMembers(db, [staffId]))[0]!;
  return managedOr404(db, staff, staffId);
}

export async function listSessions(db: Db, staff: StaffCaller, staffId: string, now: Date) {
  const owner = await sessionOwnerOr404(db, staff, staffId);
  const rows = await db
    .select()
    .from(staffSessions)
    .where(and(eq(staffSessions.staffId, owner.id), isNull(staffSessions.revokedAt), gt(staffSessions.expiresAt, now)))
    .orderBy(asc(staffSessions.createdAt));
  return rows.map((s) => ({
    id: s.id,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    userAgent: s.userAgent,
    current: s.id === staff.sessionId,
  }));
}

export async function revokeSession(db: Db, staff: StaffCaller, staffId: string, sessionId: string, now: Date) {
  await inTransaction(db, async (tx) => {
    const owner = await sessionOwnerOr404(tx, staff, staffId);
    const [session] = await tx
      .select({ id: staffSessions.id })
      .from(staffSessions)
      .where(and(eq(staffSessions.id, sessionId), eq(staffSessions.staffId, owner.id)));
    if (!session || !(await revokeStaffSession(tx, session.id, now))) throw notFoundError('This session');
    await recordStaffAction(tx, staff, {
      action: 'staff.session_revoked',
      target: owner.email,
      after: { sessionId },
      at: now,
    });
  });
}
