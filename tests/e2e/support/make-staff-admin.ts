import { eq } from 'drizzle-orm';
import { hashPassword } from '@/lib/auth/password';
import { withCliDb } from '@/lib/db/cli/cli-db';
import { inTransaction } from '@/lib/db/in-transaction';
import { staffMembers } from '@/lib/db/schema';
import { insertStaffMember } from '@/lib/staff/members';
import { E2E_STAFF_ADMIN } from './staff-admin';

/**
 * Before the e2e server starts (it then owns the data folder): the admin the staff journeys sign
 * in as, with a password and no authenticator yet, so each journey enrols one as an admin does.
 * Stands in for `staff:create` + the set-password link until the staff core's CLI is in the config.
 */
await withCliDb(async (db) => {
  const [known] = await db.select().from(staffMembers).where(eq(staffMembers.email, E2E_STAFF_ADMIN.email));
  if (known) return;
  const now = new Date();
  await inTransaction(db, async (tx) => {
    const id = await insertStaffMember(tx, { ...E2E_STAFF_ADMIN, role: 'admin', storeIds: [] }, now);
    await tx
      .update(staffMembers)
      .set({ passwordHash: await hashPassword(E2E_STAFF_ADMIN.password) })
      .where(eq(staffMembers.id, id));
  });
});
