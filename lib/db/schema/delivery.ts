import { sql } from 'drizzle-orm';
import { boolean, check, char, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';

/* How delivered items reach the shopper, and what it costs: one set of rules per currency (market). */

/**
 * A delivery option and its fee rule. The fee is waived when the delivered items come to
 * `freeFrom` or more (null: never free). Days are business days (Monday to Friday) in
 * `timeZone`, counted from the day of dispatch: an order placed after `cutoffHour` there, or
 * on a weekend, leaves the next business day.
 */
export const deliveryOptions = pgTable(
  'delivery_options',
  {
    id: text('id').primaryKey(),
    /** Stable per currency, e.g. `standard`, `express`; the storefront words it in the shopper's language. */
    code: text('code').notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    /** Integer minor units. */
    fee: integer('fee').notNull(),
    freeFrom: integer('free_from'),
    minDays: integer('min_days').notNull(),
    maxDays: integer('max_days').notNull(),
    cutoffHour: integer('cutoff_hour').notNull().default(14),
    timeZone: text('time_zone').notNull(),
    position: integer('position').notNull().default(0),
    active: boolean('active').notNull().default(true),
  },
  (t) => [
    uniqueIndex('delivery_options_code_idx').on(t.currency, t.code),
    check('delivery_options_fee', sql`${t.fee} >= 0 AND (${t.freeFrom} IS NULL OR ${t.freeFrom} >= 0)`),
    check('delivery_options_days', sql`${t.minDays} >= 0 AND ${t.maxDays} >= ${t.minDays}`),
    check('delivery_options_cutoff', sql`${t.cutoffHour} BETWEEN 0 AND 24`),
  ],
);
