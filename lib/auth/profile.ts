import 'server-only';
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { authSessions, passwordResetTokens, users } from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';
import type { Locale } from '@/lib/i18n/translate';
import { passwordChangedMessage } from '@/lib/notifications/account-templates';
import { enqueueMessages } from '@/lib/notifications/outbox';
import { assertWithinLimit } from '@/lib/security/assert-within-limit';
import { hashPassword, verifyPassword } from './password';
import type { ChangePasswordBody } from './schema';

export async function updateProfileName(db: Db, userId: string, name: string): Promise<{ name: string }> {
  await db.update(users).set({ name }).where(eq(users.id, userId));
  return { name };
}

/**
 * Changes the password when the current one is right; every other session of the account
 * ends (the one asking, `keepSessionId`, stays signed in), and every reset link still out is
 * spent: one asked for before the change cannot undo it. Wrong guesses are rate-limited.
 */
export async function changePassword(
  db: Db,
  input: ChangePasswordBody & { userId: string; keepSessionId: string | null; now: Date; locale: Locale },
): Promise<void> {
  const { userId, now } = input;
  await assertWithinLimit(
    db,
    { key: `password-change:user:${userId}`, limit: 10, windowMs: 15 * 60_000, now },
    'Too many attempts; try again later',
  );
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('current_password_wrong', 'The current password is not right', {
      fields: { currentPassword: ['The current password is not right'] },
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(db, async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)));
    await tx
      .update(authSessions)
      .set({ revokedAt: now })
      .where(
        and(
          eq(authSessions.userId, userId),
          isNull(authSessions.revokedAt),
          input.keepSessionId ? ne(authSessions.id, input.keepSessionId) : undefined,
        ),
      );
    if (user.email) await enqueueMessages(tx, [passwordChangedMessage(user.email, input.locale)], now);
  });
}
