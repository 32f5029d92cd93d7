import 'server-only';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { users } from '@/lib/db/schema';
import { DEFAULT_LOCALE } from '@/lib/i18n/translate';
import { enqueueMessages } from '@/lib/notifications/outbox';
import { phoneMovedMessage } from '@/lib/notifications/templates';
import { maskPhone } from './normalize';

/** Serialises everything that gives a phone to an account, in the caller's transaction. */
export async function lockPhone(tx: Db, phone: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`phone:${phone}`}))`);
}

/**
 * Gives a verified phone to an account. A phone is on one account at a time: if another
 * had it, it loses it and is told by e-mail. Runs inside the verifying transaction.
 */
export async function linkPhone(tx: Db, userId: string, phone: string, now: Date): Promise<void> {
  await lockPhone(tx, phone);
  const previous = await tx
    .update(users)
    .set({ phone: null, phoneVerifiedAt: null })
    .where(and(eq(users.phone, phone), ne(users.id, userId)))
    .returning({ email: users.email });
  await tx.update(users).set({ phone, phoneVerifiedAt: now }).where(eq(users.id, userId));
  // The other account's language is not kept (accounts have no locale): the shop's default.
  const told = previous.flatMap((p) => (p.email ? [phoneMovedMessage(p.email, maskPhone(phone), DEFAULT_LOCALE)] : []));
  await enqueueMessages(tx, told, now);
}

export async function unlinkPhone(db: Db, userId: string): Promise<void> {
  await db.update(users).set({ phone: null, phoneVerifiedAt: null }).where(eq(users.id, userId));
}
