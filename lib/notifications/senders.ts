import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { outbox } from '@/lib/db/schema';

export type Deliverable = { channel: 'email' | 'sms'; to: string; subject: string | null; body: string };

/** A way to deliver one channel's messages (an e-mail API, an SMS gateway). */
export interface Sender {
  readonly channel: 'email' | 'sms';
  send(message: Deliverable): Promise<void>;
}

/**
 * Delivers unsent outbox messages through the senders configured for their channel and
 * marks them sent. With no sender for a channel (the development default), messages stay
 * in the outbox, where /dev/outbox shows them.
 */
export async function deliverPending(db: Db, senders: Sender[], now: Date, limit = 100): Promise<number> {
  let sent = 0;
  for (const sender of senders) {
    const pending = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.channel, sender.channel), isNull(outbox.sentAt)))
      .orderBy(asc(outbox.createdAt))
      .limit(limit);
    for (const message of pending) {
      await sender.send(message);
      await db.update(outbox).set({ sentAt: now }).where(eq(outbox.id, message.id));
      sent++;
    }
  }
  return sent;
}
