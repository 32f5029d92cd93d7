import 'server-only';
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { rowsOf, sqlDate } from '@/lib/db/rows';
import { phoneChallenges } from '@/lib/db/schema';
import { AppError, retryAfter } from '@/lib/http/errors';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/translate';
import { enqueueMessages } from '@/lib/notifications/outbox';
import { otpMessage } from '@/lib/notifications/templates';
import { assertWithinLimit, limitRefusal } from '@/lib/security/assert-within-limit';
import {
  OTP_LENGTH,
  OTP_MAX_FAILURES,
  OTP_RESEND_COOLDOWN_MS,
  OTP_SENDS_PER_ADDRESS_PER_DAY,
  OTP_SENDS_PER_ADDRESS_PER_HOUR,
  OTP_SENDS_PER_HOUR,
  OTP_SENDS_PER_PHONE_PER_DAY,
  OTP_SENDS_PER_PHONE_PER_HOUR,
  OTP_SENDS_PER_REQUESTER_PER_HOUR,
  OTP_TTL_MS,
} from './schema';

export type Purpose = 'link' | 'sign_in';

/** Whose code it is: the phone, what it is for, and who asked (an account id, or '' to sign in). */
export type ChallengeKey = { phone: string; purpose: Purpose; requester: string };

const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;
/** However many codes it is sent, one requester may try at most this many for a phone a day. */
const VERIFY_ATTEMPTS_PER_REQUESTER_PER_DAY = 20;

/** A requester's own counters for a phone: nobody else's requests can use them up. */
const requesterScope = (key: ChallengeKey) => `${key.purpose}:${key.requester}:${key.phone}`;

/** A keyed hash bound to phone, purpose and requester: a leaked table reveals no code. */
function hashCode(secret: string, key: ChallengeKey, code: string): string {
  return createHmac('sha256', secret)
    .update(`otp\n${key.purpose}\n${key.requester}\n${key.phone}\n${code}`)
    .digest('hex');
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Sends a new one-time code by SMS (through the outbox). The work and the answer are the
 * same whether or not the phone belongs to anyone. A resend keeps the failure count; only a
 * new challenge (after the last one expired, was used or was locked) starts again from zero.
 *
 * Sends are counted per requester and phone, so a stranger asking for codes to someone's phone
 * spends their own allowance, not the owner's. The ceilings above that (per phone, whoever asks,
 * set above what one address may send; and for the whole shop) bound SMS bombing and pumping.
 */
export async function startChallenge(
  db: Db,
  key: ChallengeKey,
  opts: {
    clientAddress: string;
    now: Date;
    secret: string;
    sendsPerHour?: number;
    owner?: boolean;
    /** The language the code's text is written in: the requester's. */
    locale?: Locale;
  },
): Promise<{ resendAfterSeconds: number; expiresInSeconds: number }> {
  const { now } = opts;
  const code = String(randomInt(0, 10 ** OTP_LENGTH)).padStart(OTP_LENGTH, '0');
  const cooledDown = new Date(now.getTime() - OTP_RESEND_COOLDOWN_MS);
  const outcome = await inTransaction(db, async (tx) => {
    // The cool-down is part of the write, so two requests at once cannot both send.
    const replaced = rowsOf(
      z.object({ sent_at: sqlDate }),
      await tx.execute(sql`
        INSERT INTO phone_challenges (phone, purpose, requester, code_hash, failures, sent_at, expires_at)
        VALUES (${key.phone}, ${key.purpose}, ${key.requester}, ${hashCode(opts.secret, key, code)}, 0,
                ${now.toISOString()}, ${new Date(now.getTime() + OTP_TTL_MS).toISOString()})
        ON CONFLICT (phone, purpose, requester) DO UPDATE SET
          code_hash = EXCLUDED.code_hash,
          sent_at = EXCLUDED.sent_at,
          expires_at = EXCLUDED.expires_at,
          consumed_at = NULL,
          failures = CASE
            WHEN phone_challenges.consumed_at IS NOT NULL
              OR phone_challenges.expires_at <= ${now.toISOString()}
              OR phone_challenges.failures >= ${OTP_MAX_FAILURES} THEN 0
            ELSE phone_challenges.failures END
        WHERE phone_challenges.sent_at <= ${cooledDown.toISOString()}
           OR phone_challenges.consumed_at IS NOT NULL
        RETURNING sent_at`),
    );
    if (replaced.length === 0) return { kind: 'cooling' as const };
    // Thrown inside the transaction, so the new code and the hits roll back: the code sent last
    // still works, and a refused request does not use up the allowance.
    const hits = (
      [
        [`otp-send:requester:${requesterScope(key)}`, OTP_SENDS_PER_REQUESTER_PER_HOUR, HOUR_MS],
        [`otp-send:ip:${opts.clientAddress}`, OTP_SENDS_PER_ADDRESS_PER_HOUR, HOUR_MS],
        [`otp-send:ip-day:${opts.clientAddress}`, OTP_SENDS_PER_ADDRESS_PER_DAY, DAY_MS],
        // Strangers can fill these; the phone's proven owner does not count against them.
        ...(opts.owner
          ? []
          : ([
              [`otp-send:phone:${key.phone}`, OTP_SENDS_PER_PHONE_PER_HOUR, HOUR_MS],
              [`otp-send:phone-day:${key.phone}`, OTP_SENDS_PER_PHONE_PER_DAY, DAY_MS],
            ] as const)),
        ['otp-send:all', opts.sendsPerHour ?? OTP_SENDS_PER_HOUR, HOUR_MS],
      ] as const
    ).map(([key, limit, windowMs]) => ({ key, limit, windowMs, now }));
    await assertWithinLimit(tx, hits, 'Too many codes requested; try again later');
    await enqueueMessages(tx, [otpMessage(key.phone, code, OTP_TTL_MS / 60_000, opts.locale ?? DEFAULT_LOCALE)], now);
    return { kind: 'sent' as const };
  });
  if (outcome.kind === 'cooling') {
    const [row] = await db.select({ sentAt: phoneChallenges.sentAt }).from(phoneChallenges).where(challengeWhere(key));
    throw new AppError('resend_too_soon', 'A code was just sent; wait before asking again', {
      headers: retryAfter(row ? secondsUntilResend(row.sentAt, now) : 1),
    });
  }
  return { resendAfterSeconds: OTP_RESEND_COOLDOWN_MS / 1000, expiresInSeconds: OTP_TTL_MS / 1000 };
}

/** When the next code may be sent (the resend cool-down), in whole seconds from `now`, at least 1. */
function secondsUntilResend(sentAt: Date, now: Date): number {
  return Math.max(1, Math.ceil((sentAt.getTime() + OTP_RESEND_COOLDOWN_MS - now.getTime()) / 1000));
}

function challengeWhere(key: ChallengeKey) {
  return and(
    eq(phoneChallenges.phone, key.phone),
    eq(phoneChallenges.purpose, key.purpose),
    eq(phoneChallenges.requester, key.requester),
  );
}

/** A check's outcome; a refusal is thrown once the transaction has committed what it counted. */
type Checked<T> = { kind: 'ok'; value: T } | { kind: 'refused'; error: AppError };

const codeInvalid = (attemptsLeft?: number) =>
  new AppError('code_invalid', 'That code is wrong or has expired', {
    fields: { code: ['That code is wrong or has expired'] },
    details: attemptsLeft === undefined ? undefined : { attemptsLeft },
  });

/**
 * Checks a code and, when it is right, uses it up and runs `onSuccess` in the same
 * transaction. A wrong code counts a failure that is committed, whatever happens next;
 * after the fifth, even the right code is refused until a new one is sent.
 *
 * Only a guess at a live challenge counts, and only against that challenge and its requester:
 * with no code outstanding for this requester there is nothing to guess, so nothing is counted
 * and nobody else's code is touched.
 */
export async function verifyChallenge<T>(
  db: Db,
  key: ChallengeKey,
  code: string,
  opts: { now: Date; secret: string },
  onSuccess: (tx: Db) => Promise<T>,
): Promise<T> {
  const { now } = opts;
  const checked = await inTransaction(db, async (tx): Promise<Checked<T>> => {
    const [challenge] = await tx.select().from(phoneChallenges).where(challengeWhere(key)).for('update');
    if (!challenge || challenge.consumedAt || challenge.expiresAt <= now) {
      return { kind: 'refused', error: codeInvalid() };
    }
    const daily = await limitRefusal(
      tx,
      {
        key: `otp-verify:requester:${requesterScope(key)}`,
        limit: VERIFY_ATTEMPTS_PER_REQUESTER_PER_DAY,
        windowMs: DAY_MS,
        now,
      },
      'Too many codes tried for this phone today; try again later',
      { code: 'code_locked', details: { attemptsLeft: 0 } },
    );
    if (daily) return { kind: 'refused', error: daily };
    // A locked code takes no more guesses; Retry-After says when a new one may be asked for.
    const locked: Checked<T> = {
      kind: 'refused',
      error: new AppError('code_locked', 'Too many wrong codes; ask for a new one', {
        headers: retryAfter(secondsUntilResend(challenge.sentAt, now)),
        details: { attemptsLeft: 0 },
      }),
    };
    if (challenge.failures >= OTP_MAX_FAILURES) return locked;
    if (!sameHash(challenge.codeHash, hashCode(opts.secret, key, code))) {
      const failures = challenge.failures + 1;
      await tx.update(phoneChallenges).set({ failures }).where(challengeWhere(key));
      return failures >= OTP_MAX_FAILURES
        ? locked
        : { kind: 'refused', error: codeInvalid(OTP_MAX_FAILURES - failures) };
    }
    await tx.update(phoneChallenges).set({ consumedAt: now }).where(challengeWhere(key));
    return { kind: 'ok', value: await onSuccess(tx) };
  });
  if (checked.kind === 'refused') throw checked.error;
  return checked.value;
}
