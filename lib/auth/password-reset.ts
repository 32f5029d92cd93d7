import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { passwordResetTokens, users } from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';
import type { Locale } from '@/lib/i18n/translate';
import { enqueueMessages } from '@/lib/notifications/outbox';
import { passwordChangedMessage, passwordResetMessage } from '@/lib/notifications/account-templates';
import { assertWithinLimit } from '@/lib/security/assert-within-limit';
import { revokeAllAuthSessions } from './accounts';
import { hashPassword } from './password';
import { localePath } from '@/lib/i18n/locale-path';

/** How long a link works, and how many may be asked for (per mailbox, and per client address). */
export const RESET_LINK_TTL_MS = 30 * 60_000;
export const RESET_LIMITS = { perEmail: 3, perAddress: 10, windowMs: 60 * 60_000, confirmsPerAddress: 30 };
/** Every request answers after at least this long, so a known e-mail (which writes) is not told by timing. */
export const RESET_MIN_RESPONSE_MS = 300;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * "Forgot password": e-mails a single-use link when the address has an account, and does
 * nothing visible otherwise: the caller answers the same, after the same minimum time.
 * Rate-limited per mailbox and per client address either way.
 */
export async function requestPasswordReset(
  db: Db,
  input: { email: string; clientAddress: string; now: Date; origin: string; locale: Locale },
  opts: { minDurationMs?: number } = {},
): Promise<void> {
  const started = Date.now();
  const { email, now } = input;
  await assertWithinLimit(
    db,
    [
      { key: `reset:ip:${input.clientAddress}`, limit: RESET_LIMITS.perAddress, windowMs: RESET_LIMITS.windowMs, now },
      { key: `reset:email:${email}`, limit: RESET_LIMITS.perEmail, windowMs: RESET_LIMITS.windowMs, now },
    ],
    'Too many reset requests; try again later',
  );
  const token = randomBytes(32).toString('base64url');
  const tokenHash = hashToken(token);
  await inTransaction(db, async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
    if (!user) return;
    await tx.insert(passwordResetTokens).values({
      tokenHash,
      userId: user.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + RESET_LINK_TTL_MS),
    });
    const link = `${input.origin}${localePath(input.locale, `/account/reset-password?token=${token}`)}`;
    await enqueueMessages(tx, [passwordResetMessage(email, link, RESET_LINK_TTL_MS / 60_000, input.locale)], now);
  });
  const wait = (opts.minDurationMs ?? RESET_MIN_RESPONSE_MS) - (Date.now() - started);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

/**
 * Sets a new password with a link's token: the token is spent (it never works twice), every
 * other live link of the account is spent with it, and the account is signed out everywhere.
 * An unknown, used or expired token is refused alike.
 */
export async function resetPassword(
  db: Db,
  input: { token: string; password: string; now: Date; clientAddress: string; locale: Locale },
): Promise<void> {
  const { now } = input;
  await assertWithinLimit(
    db,
    {
      key: `reset-confirm:ip:${input.clientAddress}`,
      limit: RESET_LIMITS.confirmsPerAddress,
      windowMs: RESET_LIMITS.windowMs,
      now,
    },
    'Too many attempts; try again later',
  );
  const passwordHash = await hashPassword(input.password);
  await inTransaction(db, async (tx) => {
    const [spent] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, hashToken(input.token)),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, now),
        ),
      )
      .returning({ userId: passwordResetTokens.userId });
    if (!spent) {
      throw new AppError('reset_link_invalid', 'This reset link has expired or was already used; ask for a new one');
    }
    const [user] = await tx
      .update(users)
      .set({ passwordHash })
      .where(eq(users.id, spent.userId))
      .returning({ email: users.email });
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.userId, spent.userId), isNull(passwordResetTokens.usedAt)));
    await revokeAllAuthSessions(tx, spent.userId, now);
    if (user?.email) await enqueueMessages(tx, [passwordChangedMessage(user.email, input.locale)], now);
  });
}
