import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { eq } from 'drizzle-orm';
import { hashPassword } from '@/lib/auth/password';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { staffMembers } from '@/lib/db/schema';
import { readEnv } from '@/lib/env';
import type { StaffRole } from '@/lib/http/operation';
import type { StaffCaller } from '@/lib/staff/caller';
import { insertStaffMember, resolveStoreIds } from '@/lib/staff/members';
import { createStaffSession } from '@/lib/staff/sessions';
import type { TestDb } from './test-db';

/** The password every member made by `staffWith` has. */
export const STAFF_PASSWORD = 'staff correct horse battery';

/** A staff member made for a test, with a live session: `api.staff(member)` sends its cookie. */
export type TestStaff = Omit<StaffCaller, 'totpEnrolled'> & {
  /** The session cookie's value. */
  token: string;
  password: string;
  /** The TOTP secret (base32) when enrolled: compute codes with lib/staff/totp.ts. */
  totpSecret: string | null;
};

let made = 0;

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function base32Secret(): string {
  return [...randomBytes(20)].map((b) => BASE32[b % 32]).join('');
}

/**
 * A staff member of `role`, bound to `stores` (store ids or codes such as `seongsu`; an admin
 * acts on every store), with a password and a live session. An admin has TOTP enrolled unless
 * `enrolled: false` (then every staff route but enrolment refuses them).
 */
export async function staffWith(
  handle: TestDb | Db,
  options: { role: StaffRole; stores?: readonly string[]; enrolled?: boolean; email?: string; name?: string },
): Promise<TestStaff> {
  const db = 'label' in handle ? handle.db : handle;
  const now = new Date();
  const n = ++made;
  const email = options.email ?? `${options.role}${n}.${randomBytes(3).toString('hex')}@staff.test`;
  const name = options.name ?? `${options.role[0]!.toUpperCase()}${options.role.slice(1)} ${n}`;
  const storeIds = await resolveStoreIds(db, options.stores ?? []);
  const id = await inTransaction(db, (tx) => insertStaffMember(tx, { email, name, role: options.role, storeIds }, now));
  const enrolled = options.enrolled ?? options.role === 'admin';
  const totpSecret = enrolled ? base32Secret() : null;
  await db
    .update(staffMembers)
    .set({
      passwordHash: await hashPassword(STAFF_PASSWORD),
      totpSecret,
      totpEnrolledAt: enrolled ? now : null,
    })
    .where(eq(staffMembers.id, id));
  const session = await createStaffSession(db, id, { now, env: readEnv() });
  return {
    id,
    email,
    name,
    role: options.role,
    storeIds: options.role === 'admin' ? 'all' : storeIds.sort(),
    sessionId: session.id,
    token: session.token,
    password: STAFF_PASSWORD,
    totpSecret,
  };
}

/** The authenticator's code for `secret` at `at`, as a phone app computes it (RFC 6238). */
export function totpCode(secret: string, at: Date = new Date()): string {
  return TOTP.generate({
    secret: Secret.fromBase32(secret),
    timestamp: at.getTime(),
    digits: 6,
    period: 30,
    algorithm: 'SHA1',
  });
}

/** The session cookie header for a member, for a request made by hand. */
export function staffCookieHeader(member: { token: string }): Record<string, string> {
  return { cookie: `aisle-staff=${member.token}` };
}
