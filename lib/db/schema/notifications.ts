import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/* The outbox every notification goes through. */

/** Every notification, written in the transaction of what caused it; senders deliver from here. */
export const outbox = pgTable(
  'outbox',
  {
    id: text('id').primaryKey(),
    channel: text('channel', { enum: ['email', 'sms'] }).notNull(),
    to: text('to').notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    kind: text('kind').notNull(),
    orderId: text('order_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** Delivery: tries so far, when the next may start, and until when one instance holds it. */
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    lastError: text('last_error'),
    /** Set when delivery gave up; the message stays for the record and /dev/outbox. */
    failedAt: timestamp('failed_at', { withTimezone: true }),
  },
  (t) => [index('outbox_to_idx').on(t.to, t.createdAt), index('outbox_unsent_idx').on(t.sentAt)],
);
