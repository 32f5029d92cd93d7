import 'server-only';
import { randomBytes } from 'node:crypto';
import { inArray, or } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { staffMembers, staffMemberStores, staffPasswordTokens, stores } from '@/lib/db/schema';
import type { Env } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import type { StaffRole } from '@/lib/http/operation';
import { newId } from '@/lib/ids';
import { hashStaffToken } from './sessions';

/** How long a set-password link works: long enough for an invitation read the next morning. */
export const SET_PASSWORD_LINK_HOURS = 72;

export type NewStaffMember = { email: string; name: string; role: StaffRole; storeIds: readonly string[] };

/** E-mail addresses are compared lower-cased: one person, one account. */
export function normaliseStaffEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Store ids for ids or codes (slugs), each checked to exist: an unknown one is a 422 naming it. */
export async function resolveStoreIds(db: Db, idsOrCodes: readonly string[]): Promise<string[]> {
  if (idsOrCodes.length === 0) return [];
  const rows = await db
    .select({ id: stores.id, slug: stores.slug })
    .from(stores)
    .where(or(inArray(stores.id, [...idsOrCodes]), inArray(stores.slug, [...idsOrCodes])));
  const unknown = idsOrCodes.filter((v) => !rows.some((r) => r.id === v || r.slug === v));
  if (unknown.length > 0) {
    throw new AppError('invalid_request', `Unknown store: ${unknown.join(', ')}`, { fields: { stores: unknown } });
  }
  return [...new Set(idsOrCodes.map((v) => rows.find((r) => r.id === v || r.slug === v)!.id))];
}

/**
 * A new staff member without a password, bound to their stores (an admin to none: they act on
 * all). Call in a transaction; a taken e-mail is a 409.
 */
export async function insertStaffMember(tx: Db, member: NewStaffMember, now: Date): Promise<string> {
  const id = newId('stf');
  const email = normaliseStaffEmail(member.email);
  const inserted = await tx
    .insert(staffMembers)
    .values({ id, email, name: member.name.trim(), role: member.role, createdAt: now })
    .onConflictDoNothing()
    .returning({ id: staffMembers.id });
  if (inserted.length === 0) {
    throw new AppError('staff_email_taken', 'A staff member with this e-mail already exists');
  }
  const storeIds = member.role === 'admin' ? [] : [...new Set(member.storeIds)];
  if (storeIds.length > 0)
    await tx.insert(staffMemberStores).values(storeIds.map((storeId) => ({ staffId: id, storeId })));
  return id;
}

/** A one-time set-password link for the member (stored as its hash), valid SET_PASSWORD_LINK_HOURS. */
export async function issueSetPasswordLink(tx: Db, staffId: string, now: Date, env: Env): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tx.insert(staffPasswordTokens).values({
    tokenHash: hashStaffToken(token),
    staffId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + SET_PASSWORD_LINK_HOURS * 3_600_000),
  });
  const url = new URL('/staff/set-password', env.AISLE_PUBLIC_URL);
  url.searchParams.set('token', token);
  return url.toString();
}
