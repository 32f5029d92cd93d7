import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  char,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { MarketCode } from '../../markets/markets';
import { orders } from './orders';
import { stores } from './stores';

/* Offers and each use of one. */

/**
 * A discount and the rule for where and to whom it applies. `code` null means automatic.
 * `redeemedCount` is raised by a conditional update, so `usageLimit` holds under concurrency.
 */
export const offers = pgTable(
  'offers',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    /** Upper-case; the same code online and at the till. */
    code: text('code').unique(),
    discountType: text('discount_type', { enum: ['percent', 'fixed'] }).notNull(),
    /** Percent (1–100) or an amount in minor units. */
    discountValue: integer('discount_value').notNull(),
    /** The market the offer runs in (lib/markets); `currency` is that market's, so a fixed discount is in it. */
    market: char('market', { length: 2 }).$type<MarketCode>().notNull().default('KR'),
    currency: char('currency', { length: 3 }).notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    channels: text('channels', { enum: ['online', 'store', 'both'] }).notNull(),
    audience: text('audience', { enum: ['everyone', 'first_order', 'returning'] }).notNull(),
    minSubtotal: integer('min_subtotal').notNull().default(0),
    /** Only these categories count towards the discount; null for all. */
    categoryIds: jsonb('category_ids').$type<string[]>(),
    usageLimit: integer('usage_limit'),
    perCustomerLimit: integer('per_customer_limit'),
    redeemedCount: integer('redeemed_count').notNull().default(0),
    targetKind: text('target_kind', { enum: ['everywhere', 'store', 'region'] }).notNull(),
    targetStoreId: text('target_store_id').references(() => stores.id),
    targetRadiusMeters: integer('target_radius_m'),
    /** ISO 3166-2, e.g. KR-26 */
    targetRegion: text('target_region'),
    /** Shown in "near you" and GET /api/offers; unlisted codes are handed out in other ways. */
    listed: boolean('listed').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('offers_value_positive', sql`${t.discountValue} > 0`),
    check('offers_percent_max', sql`${t.discountType} <> 'percent' OR ${t.discountValue} <= 100`),
    check(
      'offers_redeemed_in_limit',
      sql`${t.redeemedCount} >= 0 AND (${t.usageLimit} IS NULL OR ${t.redeemedCount} <= ${t.usageLimit})`,
    ),
    check(
      'offers_target',
      sql`(${t.targetKind} <> 'store' OR (${t.targetStoreId} IS NOT NULL AND ${t.targetRadiusMeters} > 0)) AND (${t.targetKind} <> 'region' OR ${t.targetRegion} IS NOT NULL)`,
    ),
  ],
);

/** One use of an offer: by an online order, or by a till sale (idempotent on the sale's id). */
export const offerRedemptions = pgTable(
  'offer_redemptions',
  {
    id: text('id').primaryKey(),
    offerId: text('offer_id')
      .notNull()
      .references(() => offers.id),
    channel: text('channel', { enum: ['online', 'store'] }).notNull(),
    orderId: text('order_id').references(() => orders.id, { onDelete: 'set null' }),
    storeId: text('store_id').references(() => stores.id),
    externalId: text('external_id'),
    /** Whose use it was, for per-customer limits: `user:<id>`, `email:<address>` or, at the till, `phone:<E.164>`; erased with the account. */
    customerKey: text('customer_key'),
    amount: integer('amount').notNull(),
    requestHash: text('request_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('offer_redemptions_order_idx').on(t.offerId, t.orderId),
    uniqueIndex('offer_redemptions_till_idx').on(t.offerId, t.storeId, t.externalId),
    index('offer_redemptions_customer_idx').on(t.offerId, t.customerKey),
  ],
);

export type OfferRow = typeof offers.$inferSelect;
