import 'server-only';
import { and, desc, eq, lt, or } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { webhookDeliveries, webhooks } from '@/lib/db/schema';
import { AppError, notFoundError } from '@/lib/http/errors';
import { newId } from '@/lib/ids';
import type { EventType } from '@/lib/integrations/events';
import { encodeDeliveryCursor, type CreateWebhookBody, type DeliveryView, type WebhookView } from './schema';
import { sealSecret, unsealSecret } from './seal';
import { newWebhookSecret } from './sign';
import { checkWebhookUrl } from './webhook-url';

/*
 * Webhooks belong to the retailer, not to the key that made them: any key with webhooks:write
 * lists, reads and deletes every webhook (a key is rotated without losing its subscriptions).
 */

const view = (row: typeof webhooks.$inferSelect): WebhookView => ({
  id: row.id,
  url: row.url,
  events: row.events as EventType[],
  createdAt: row.createdAt.toISOString(),
});

/**
 * A new subscription; its secret is answered this once and kept sealed. With an Idempotency-Key,
 * a retry by the same API key answers the webhook it made (secret included: it is the same
 * answer), and the same key for another request is refused.
 */
export async function createWebhook(
  db: Db,
  body: CreateWebhookBody,
  options: { now: Date; production: boolean; authSecret: string; keyId: string | null; idempotencyKey?: string },
): Promise<WebhookView & { secret: string }> {
  const url = checkWebhookUrl(body.url, { production: options.production });
  const secret = newWebhookSecret();
  const [row] = await db
    .insert(webhooks)
    .values({
      id: newId('whk'),
      url,
      events: body.events,
      secretSealed: sealSecret(secret, options.authSecret),
      createdByKeyId: options.keyId,
      idempotencyKey: options.idempotencyKey ?? null,
      createdAt: options.now,
    })
    .onConflictDoNothing({ target: [webhooks.createdByKeyId, webhooks.idempotencyKey] })
    .returning();
  if (row) return { ...view(row), secret };
  const [first] = await db
    .select()
    .from(webhooks)
    .where(and(eq(webhooks.createdByKeyId, options.keyId ?? ''), eq(webhooks.idempotencyKey, options.idempotencyKey!)));
  const same = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();
  if (!first || first.url !== url || !same(first.events, body.events)) {
    throw new AppError('idempotency_key_reused', 'This Idempotency-Key was used with a different request');
  }
  return { ...view(first), secret: unsealSecret(first.secretSealed, options.authSecret) };
}

export async function listWebhooks(db: Db): Promise<WebhookView[]> {
  const rows = await db.select().from(webhooks).orderBy(desc(webhooks.createdAt), desc(webhooks.id));
  return rows.map(view);
}

export async function getWebhookOrThrow(db: Db, id: string): Promise<WebhookView> {
  const [row] = await db.select().from(webhooks).where(eq(webhooks.id, id));
  if (!row) throw notFoundError('Webhook');
  return view(row);
}

/** Stops every delivery to it at once; its log goes with it. */
export async function deleteWebhook(db: Db, id: string): Promise<void> {
  const deleted = await db.delete(webhooks).where(eq(webhooks.id, id)).returning({ id: webhooks.id });
  if (deleted.length === 0) throw notFoundError('Webhook');
}

const deliveryView = (row: typeof webhookDeliveries.$inferSelect): DeliveryView => ({
  id: row.id,
  eventId: row.eventId,
  eventType: row.eventType as EventType,
  status: row.status,
  attempts: row.attempts,
  lastStatusCode: row.lastStatusCode,
  lastError: row.lastError,
  nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
  lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
  deliveredAt: row.deliveredAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

/** The webhook's delivery log, newest first, a page at a time. */
export async function listDeliveries(
  db: Db,
  webhookId: string,
  query: { status?: DeliveryView['status']; limit: number; cursor?: { createdAt: Date; id: string } },
): Promise<{ deliveries: DeliveryView[]; nextCursor: string | null }> {
  await getWebhookOrThrow(db, webhookId);
  const { cursor } = query;
  const rows = await db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.webhookId, webhookId),
        query.status ? eq(webhookDeliveries.status, query.status) : undefined,
        cursor
          ? or(
              lt(webhookDeliveries.createdAt, cursor.createdAt),
              and(eq(webhookDeliveries.createdAt, cursor.createdAt), lt(webhookDeliveries.id, cursor.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    deliveries: page.map(deliveryView),
    nextCursor: rows.length > query.limit && last ? encodeDeliveryCursor(last) : null,
  };
}

/**
 * Sends a delivery again, whatever became of it: due now, with a fresh round of tries and the
 * same event id (`webhook-id`), so a receiver that already has it can drop it.
 */
export async function resendDelivery(db: Db, webhookId: string, deliveryId: string, now: Date): Promise<DeliveryView> {
  const [row] = await db
    .update(webhookDeliveries)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: now, deliveredAt: null })
    .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.webhookId, webhookId)))
    .returning();
  if (!row) throw notFoundError('Delivery');
  return deliveryView(row);
}
