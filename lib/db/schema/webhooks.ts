import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { integrationEvents } from './integrations';

/* Events out: the retailer's webhook subscriptions and each event's delivery to each of them. */

/** A URL the retailer's systems listen on, for some event types. The retailer's, whichever key made it. */
export const webhooks = pgTable(
  'webhooks',
  {
    id: text('id').primaryKey(),
    url: text('url').notNull(),
    events: text('events').array().notNull(),
    /** The `whsec_…` signing secret, sealed with a key derived from AUTH_SECRET (lib/webhooks/seal.ts). */
    secretSealed: text('secret_sealed').notNull(),
    /** The API key that made it, for the record (any key with webhooks:write manages every webhook). */
    createdByKeyId: text('created_by_key_id'),
    /** The Idempotency-Key it was made with, if any: a retry with it answers this webhook again. */
    idempotencyKey: text('idempotency_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('webhooks_idempotency_idx').on(t.createdByKeyId, t.idempotencyKey)],
);

/**
 * One event for one webhook: written with the event, in its transaction; the worker
 * (lib/webhooks/deliver.ts) claims it with a lease, sends it, and keeps the outcome here.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: text('id').primaryKey(),
    webhookId: text('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    /** The event's id, sent as `webhook-id` on every try: the receiver's key to drop repeats. */
    eventId: text('event_id')
      .notNull()
      .references(() => integrationEvents.id, { onDelete: 'cascade' }),
    eventType: text('event_type').notNull(),
    status: text('status', { enum: ['pending', 'succeeded', 'failed'] }).notNull(),
    /** Tries since the delivery was made or last re-sent. */
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    /** Until when one instance holds it, and that claim's token (its result is written only under it). */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    leaseToken: text('lease_token'),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event_idx').on(t.webhookId, t.eventId),
    index('webhook_deliveries_log_idx').on(t.webhookId, t.createdAt),
    index('webhook_deliveries_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
  ],
);
