import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { outbox } from '@/lib/db/schema';

export type Deliverable = { channel: 'email' | 'sms'; to: string; subject: string | null; body: string };

/** A way to deliver one channel's messages (an e-mail server, an SMS gateway). */
export interface Sender {
  readonly channel: 'email' | 'sms';
  send(message: Deliverable): Promise<void>;
}

/** After this many failed tries a message is marked failed and left for the record. */
export const MAX_DELIVERY_ATTEMPTS = 8;
/** How long one instance holds a claimed message (longer than a send can take: the providers
 * time out sooner); a crash mid-send frees it after this. */
const LEASE_MS = 2 * 60_000;
/** 30 s, 1 min, 2 min … at most an hour between tries. */
export const retryDelayMs = (attempts: number) => Math.min(60 * 60_000, 30_000 * 2 ** Math.max(0, attempts - 1));

const claimedRow = z.object({
  id: z.string(),
  channel: z.enum(outbox.channel.enumValues),
  to: z.string(),
  subject: z.string().nullable(),
  body: z.string(),
  attempts: sqlNumber,
});

/**
 * Delivers due outbox messages through the senders configured for their channel. Each message
 * is first claimed with a lease (`SKIP LOCKED`), so instances running this at once never send
 * one twice; a send that fails is retried later with backoff, and one that never returns is
 * retried once its lease runs out (delivery is at least once). With no sender for a channel
 * (the development default), its messages stay in the outbox, where /dev/outbox shows them.
 * Returns how many were sent.
 */
export async function deliverPending(db: Db, senders: Sender[], now: Date, limit = 50): Promise<number> {
  const channels = [...new Set(senders.map((s) => s.channel))];
  if (channels.length === 0) return 0;
  const at = now.toISOString();
  let sent = 0;
  // One claim per message: a lease only has to outlast one send, however long the batch.
  for (let i = 0; i < limit; i++) {
    const [message] = rowsOf(
      claimedRow,
      await db.execute(sql`
        UPDATE outbox SET lease_until = ${new Date(now.getTime() + LEASE_MS).toISOString()}, attempts = attempts + 1
        WHERE id = (
          SELECT id FROM outbox
          WHERE sent_at IS NULL AND failed_at IS NULL
            AND channel IN (${sql.join(
              channels.map((c) => sql`${c}`),
              sql`, `,
            )})
            AND (next_attempt_at IS NULL OR next_attempt_at <= ${at})
            AND (lease_until IS NULL OR lease_until <= ${at})
          ORDER BY created_at
          LIMIT 1
          FOR UPDATE SKIP LOCKED)
        RETURNING id, channel, "to", subject, body, attempts`),
    );
    if (!message) break;
    const sender = senders.find((s) => s.channel === message.channel)!;
    try {
      await sender.send(message);
      await db.execute(
        sql`UPDATE outbox SET sent_at = ${at}, lease_until = NULL, last_error = NULL WHERE id = ${message.id}`,
      );
      sent++;
    } catch (error) {
      const reason = String((error as Error)?.message ?? error).slice(0, 500);
      const attempts = Number(message.attempts);
      console.warn(`[outbox] ${message.channel} ${message.id} not delivered (try ${attempts}): ${reason}`);
      await db.execute(sql`
        UPDATE outbox SET lease_until = NULL, last_error = ${reason},
          next_attempt_at = ${new Date(now.getTime() + retryDelayMs(attempts)).toISOString()},
          failed_at = ${attempts >= MAX_DELIVERY_ATTEMPTS ? at : null}
        WHERE id = ${message.id}`);
    }
  }
  return sent;
}
