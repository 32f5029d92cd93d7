import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { staffMembers } from '@/lib/db/schema';
import { readEnv } from '@/lib/env';
import { issueSetPasswordLink } from '@/lib/staff/members';
import type { ValidExample } from './fuzz-valid-bodies';
import { staffCookieHeader, staffWith, totpCode, type TestStaff } from './staff';

/** One admin per database for the staff routes' valid requests (made on first use). */
const admins = new WeakMap<Db, Promise<TestStaff>>();
function adminOf(db: Db): Promise<TestStaff> {
  let admin = admins.get(db);
  if (!admin) admins.set(db, (admin = staffWith(db, { role: 'admin' })));
  return admin;
}

/**
 * Valid requests of the staff routes with a body. A staff session's last use may be noted by a
 * refused call (at most once a minute), so `staff_sessions` may change on refusals after sign-in.
 */
export function staffExamples(): Record<string, ValidExample> {
  const seen = ['staff_sessions'];
  return {
    'post /api/staff/session': {
      // A member of their own each time: the per-e-mail budget would stop the cases before the handler.
      make: async ({ db }) => {
        const member = await staffWith(db, { role: 'associate', stores: ['seongsu'] });
        return { body: { email: member.email, password: member.password }, signedIn: false };
      },
      expect: 200,
    },
    'post /api/staff/password': {
      make: async ({ db }) => {
        const member = await staffWith(db, { role: 'associate', stores: ['seongsu'] });
        const link = await inTransaction(db, (tx) => issueSetPasswordLink(tx, member.id, new Date(), readEnv()));
        return {
          body: { token: new URL(link).searchParams.get('token')!, password: 'a new staff password' },
          signedIn: false,
        };
      },
      expect: 200,
    },
    'post /api/staff/totp/confirm': {
      make: async ({ db }) => {
        const member = await staffWith(db, { role: 'manager', stores: ['seongsu'] });
        const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
        await db.update(staffMembers).set({ totpSecret: secret }).where(eq(staffMembers.id, member.id));
        return { body: { code: totpCode(secret) }, headers: staffCookieHeader(member), signedIn: false };
      },
      expect: 200,
      records: { invalid_request: seen, totp_invalid: seen },
    },
    'post /api/staff/members': {
      make: async ({ db }, n) => ({
        body: { email: `fuzz-invite-${n}@staff.test`, name: 'Fuzz Invite', role: 'associate', storeIds: ['seongsu'] },
        headers: staffCookieHeader(await adminOf(db)),
        signedIn: false,
      }),
      expect: 201,
      records: { invalid_request: seen, forbidden: seen, staff_email_taken: seen },
    },
  };
}
