import 'server-only';
import { arrayContains } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { webhookDeliveries, webhooks } from '@/lib/db/schema';
import { newId } from '@/lib/ids';

/**
 * One delivery per webhook subscribed to the event, written in the event's own transaction: an
 * event that commits is owed to every subscriber of that moment, and one that rolls back to none.
 */
export async function fanOutEvent(tx: Db, event: { id: string; type: string }, now: Date): Promise<void> {
  const subscribed = await tx
    .select({ id: webhooks.id })
    .from(webhooks)
    .where(arrayContains(webhooks.events, [event.type]));
  if (subscribed.length === 0) return;
  await tx.insert(webhookDeliveries).values(
    subscribed.map((w) => ({
      id: newId('whd'),
      webhookId: w.id,
      eventId: event.id,
      eventType: event.type,
      status: 'pending' as const,
      nextAttemptAt: now,
      createdAt: now,
    })),
  );
}
