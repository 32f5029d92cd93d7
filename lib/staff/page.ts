import 'server-only';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { getDb } from '@/lib/db';
import { readEnv } from '@/lib/env';
import type { StaffRole } from '@/lib/http/operation';
import { roleAtLeast, type StaffCaller } from './caller';
import { readStaffToken } from './cookie';
import { resolveStaffSession } from './sessions';

/** The staff member a page's request carries (null: none, or a session that ended). */
export async function currentStaff(): Promise<StaffCaller | null> {
  const env = readEnv();
  const token = readStaffToken(await headers(), env);
  return token ? resolveStaffSession(await getDb(), token, new Date(), env) : null;
}

/**
 * For a staff page: the member, of at least `minRole`. Without a live session → the sign-in
 * page; an admin without TOTP → enrolment (unless this is it: `enrolling`); a lower role → 404,
 * as the API answers another store's object (a page that is not theirs does not exist for them).
 */
export async function requireStaffPage(
  minRole: StaffRole,
  options: { enrolling?: boolean } = {},
): Promise<StaffCaller> {
  const staff = await currentStaff();
  if (!staff) redirect('/staff/sign-in');
  if (options.enrolling) return staff;
  if (staff.role === 'admin' && !staff.totpEnrolled) redirect('/staff/enrol');
  if (!roleAtLeast(staff.role, minRole)) notFound();
  return staff;
}
