import 'server-only';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { hashPassword } from '@/lib/auth/password';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { staffMembers, staffPasswordTokens } from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';
import { recordStaffAction } from './audit';
import { hashStaffToken, revokeAllStaffSessions } from './sessions';

/**
 * Sets the password of the member a one-time link names, and spends the link: a used, expired
 * or unknown one is refused alike. Any session they had ends (a reset after a lost tablet).
 */
export async function setStaffPassword(
  db: Db,
  input: { token: string; password: string },
  now: Date,
): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  return inTransaction(db, async (tx) => {
    const [spent] = await tx
      .update(staffPasswordTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(staffPasswordTokens.tokenHash, hashStaffToken(input.token)),
          isNull(staffPasswordTokens.usedAt),
          gt(staffPasswordTokens.expiresAt, now),
        ),
      )
      .returning({ staffId: staffPasswordTokens.staffId });
    const [member] = spent
      ? await tx
          .update(staffMembers)
          .set({ passwordHash })
          .where(and(eq(staffMembers.id, spent.staffId), isNull(staffMembers.removedAt)))
          .returning()
      : [];
    if (!member) throw new AppError('reset_link_invalid', 'This link is not valid any more; ask for a new one');
    await revokeAllStaffSessions(tx, member.id, now);
    await recordStaffAction(tx, member, { action: 'staff.password_set', target: member.email, at: now });
    return { email: member.email };
  });
}
