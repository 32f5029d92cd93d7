import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import type { Db } from '@/lib/db';
import { staffMembers } from '@/lib/db/schema';

/* RFC 6238 TOTP (SHA-1, 6 digits, 30 s: what every authenticator app reads) through `otpauth`. */

const PERIOD = 30;
export const RECOVERY_CODE_COUNT = 10;

function totpFor(secret: string, label = 'staff'): TOTP {
  return new TOTP({
    issuer: 'Aisle staff',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });
}

/** A new secret, 160 bits as RFC 4226 recommends, in base32 (what an app accepts typed in). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI the QR code carries. */
export function totpUri(secret: string, email: string): string {
  return totpFor(secret, email).toString();
}

/**
 * The time step `code` is valid for, one step either side of `now` (a phone's clock a little
 * off), or null. Which step matters: it is what a replay is refused by.
 */
export function totpStepOf(secret: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(secret).validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : Math.floor(now.getTime() / 1000 / PERIOD) + delta;
}

/**
 * Accepts a code once: the step is recorded only if it is later than the last one accepted, in
 * one statement, so the same code (or an older one) sent twice, even at once, passes only once.
 */
export async function acceptTotp(db: Db, staffId: string, secret: string, code: string, now: Date): Promise<boolean> {
  const step = totpStepOf(secret, code, now);
  if (step === null) return false;
  const taken = await db
    .update(staffMembers)
    .set({ totpLastStep: step })
    .where(
      and(eq(staffMembers.id, staffId), or(isNull(staffMembers.totpLastStep), lt(staffMembers.totpLastStep, step))),
    )
    .returning({ id: staffMembers.id });
  return taken.length === 1;
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Recovery codes are typed by hand: any case, with or without the dash. */
function normaliseRecoveryCode(code: string): string {
  return code.trim().toLowerCase().replace(/[\s-]/g, '');
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normaliseRecoveryCode(code)).digest('hex');
}

/** Ten codes of 10 characters (about 49 bits each), shown once as `xxxxx-xxxxx`. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = [...randomBytes(10)].map((b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[a-z0-9]{10}$/.test(normaliseRecoveryCode(code));
}

/** Strikes a recovery code off if it is one of the member's unused ones: each works once. */
export async function spendRecoveryCode(db: Db, staffId: string, code: string): Promise<boolean> {
  const hash = hashRecoveryCode(code);
  const used = await db
    .update(staffMembers)
    .set({ recoveryCodeHashes: sql`array_remove(${staffMembers.recoveryCodeHashes}, ${hash})` })
    .where(and(eq(staffMembers.id, staffId), sql`${hash} = ANY(${staffMembers.recoveryCodeHashes})`))
    .returning({ id: staffMembers.id });
  return used.length === 1;
}
