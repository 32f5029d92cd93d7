import 'server-only';
import { and, eq, isNull, ne } from 'drizzle-orm';
import QRCode from 'qrcode';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { staffMembers, staffSessions } from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';
import { recordStaffAction } from './audit';
import type { StaffCaller } from './caller';
import { acceptTotp, hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpUri } from './totp';

/** A new pending secret (replacing an unconfirmed one), with its QR code as SVG. */
export async function startTotpEnrolment(
  db: Db,
  staff: StaffCaller,
): Promise<{ secret: string; uri: string; qrSvg: string }> {
  const secret = newTotpSecret();
  const pending = await db
    .update(staffMembers)
    .set({ totpSecret: secret, totpLastStep: null })
    .where(and(eq(staffMembers.id, staff.id), isNull(staffMembers.totpEnrolledAt)))
    .returning({ id: staffMembers.id });
  if (pending.length === 0) throw new AppError('totp_already_enrolled', 'An authenticator is already enrolled');
  const uri = totpUri(secret, staff.email);
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, uri, qrSvg };
}

/** Makes the pending secret live once a code from it checks, and answers the recovery codes (once). */
export async function confirmTotpEnrolment(
  db: Db,
  staff: StaffCaller,
  code: string,
  now: Date,
): Promise<{ recoveryCodes: string[] }> {
  return inTransaction(db, async (tx) => {
    const [member] = await tx.select().from(staffMembers).where(eq(staffMembers.id, staff.id)).for('update');
    if (!member || member.totpEnrolledAt) {
      throw new AppError('totp_already_enrolled', 'An authenticator is already enrolled');
    }
    if (!member.totpSecret) throw new AppError('totp_not_started', 'Start enrolment first');
    if (!(await acceptTotp(tx, member.id, member.totpSecret, code, now))) {
      throw new AppError('totp_invalid', 'This code is not right; check the time on your phone', { status: 400 });
    }
    const recoveryCodes = newRecoveryCodes();
    await tx
      .update(staffMembers)
      .set({ totpEnrolledAt: now, recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode) })
      .where(eq(staffMembers.id, member.id));
    // Sessions opened with the password alone must not become second-factor sessions: only this one does.
    await tx
      .update(staffSessions)
      .set({ revokedAt: now })
      .where(
        and(
          eq(staffSessions.staffId, member.id),
          ne(staffSessions.id, staff.sessionId),
          isNull(staffSessions.revokedAt),
        ),
      );
    await recordStaffAction(tx, staff, { action: 'staff.totp_enrolled', target: staff.email, at: now });
    return { recoveryCodes };
  });
}
