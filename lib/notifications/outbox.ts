import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { outbox } from '@/lib/db/schema';
import { newId } from '@/lib/ids';

export type OutgoingMessage = {
  channel: 'email' | 'sms';
  to: string;
  subject?: string;
  body: string;
  kind: string;
  orderId?: string;
};

/** Queues messages in the caller's transaction: they exist exactly when what caused them does. */
export async function enqueueMessages(tx: Db, messages: OutgoingMessage[], now: Date): Promise<void> {
  if (messages.length === 0) return;
  await tx.insert(outbox).values(messages.map((m) => ({ id: newId('msg'), ...m, createdAt: now })));
}

export async function listOutbox(db: Db, opts: { to?: string; limit?: number } = {}) {
  return db
    .select({
      channel: outbox.channel,
      to: outbox.to,
      subject: outbox.subject,
      body: outbox.body,
      kind: outbox.kind,
      createdAt: outbox.createdAt,
    })
    .from(outbox)
    .where(opts.to ? and(eq(outbox.to, opts.to)) : undefined)
    .orderBy(desc(outbox.createdAt))
    .limit(opts.limit ?? 100);
}
