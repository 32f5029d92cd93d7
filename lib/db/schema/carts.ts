import { sql } from 'drizzle-orm';
import { bigint, check, char, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { variants } from './catalog';
import { stores } from './stores';

/* Bags: one per shopper or guest, and their lines. */

export const carts = pgTable(
  'carts',
  {
    id: text('id').primaryKey(),
    /** An account's cart; null for a guest cart. */
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** SHA-256 of the guest cookie's token; the token itself is never stored. */
    tokenHash: text('token_hash'),
    version: integer('version').notNull().default(0),
    /** The market the bag is priced in (lib/markets/markets.ts); `currency` is always that market's. */
    market: char('market', { length: 2 }).notNull().default('KR'),
    currency: char('currency', { length: 3 }).notNull(),
    pickupStoreId: text('pickup_store_id').references(() => stores.id),
    /** Set when a guest cart has been merged into an account's cart: merging again is a no-op. */
    mergedIntoId: text('merged_into_id'),
    /** The offer code the shopper entered; it is re-checked on every read and at checkout. */
    offerCode: text('offer_code'),
    /** What the shopper must be told (a merge at sign-in, a cap), until they dismiss it. */
    notices: jsonb('notices').$type<unknown[]>().notNull().default([]),
    /**
     * The endless-aisle hand-off whose lines the shopper took into this bag: the order placed from
     * it records the store and associate that sent it (channel store, source endless_aisle).
     */
    handoffId: text('handoff_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('carts_user_idx').on(t.userId),
    uniqueIndex('carts_token_idx').on(t.tokenHash),
    check('carts_owner', sql`(${t.userId} IS NULL) <> (${t.tokenHash} IS NULL)`),
    check('carts_version_nonnegative', sql`${t.version} >= 0`),
  ],
);

export const cartLines = pgTable(
  'cart_lines',
  {
    id: text('id').primaryKey(),
    cartId: text('cart_id')
      .notNull()
      .references(() => carts.id, { onDelete: 'cascade' }),
    variantId: text('variant_id')
      .notNull()
      .references(() => variants.id),
    quantity: integer('quantity').notNull(),
    fulfillment: text('fulfillment', { enum: ['ship', 'pickup'] }).notNull(),
    /** The pickup store; null when shipped. */
    storeId: text('store_id').references(() => stores.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cart_lines_identity_idx').on(t.cartId, t.variantId, t.fulfillment, sql`coalesce(${t.storeId}, '')`),
    check('cart_lines_quantity_positive', sql`${t.quantity} > 0`),
    check('cart_lines_fulfillment_store', sql`(${t.fulfillment} = 'pickup') = (${t.storeId} IS NOT NULL)`),
  ],
);

/**
 * A bag an associate built at the counter and sent to a customer's phone: a one-time, expiring
 * link (only its SHA-256 is kept) that puts these lines into the bag of whoever opens it.
 */
export const cartHandoffs = pgTable('cart_handoffs', {
  id: text('id').primaryKey(),
  tokenHash: text('token_hash').notNull().unique(),
  storeId: text('store_id')
    .notNull()
    .references(() => stores.id),
  /** The associate who sent it; no FK: kept when the staff account is removed. */
  staffId: text('staff_id').notNull(),
  /** E.164; where the link went. */
  phone: text('phone').notNull(),
  lines: jsonb('lines').$type<HandoffLine[]>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  /** When it was opened into a bag, and which: a second opening is refused. */
  claimedAt: timestamp('claimed_at', { withTimezone: true }),
  claimedCartId: text('claimed_cart_id'),
});

export type HandoffLine = {
  variantId: string;
  quantity: number;
  fulfillment: 'ship' | 'pickup';
  storeId: string | null;
};

/**
 * One row: a number every change to what a bag shows besides the bag itself (catalog, prices,
 * offers, stores, delivery options) moves on, by statement-level triggers (migration 0027_cart_view_epoch). Each
 * instance keeps those reads while it stands (lib/db/epoch-cache.ts), and a cart's ETag carries
 * it, so a change made through any instance is seen by all.
 */
export const cartViewEpoch = pgTable('cart_view_epoch', {
  id: integer('id').primaryKey(),
  n: bigint('n', { mode: 'number' }).notNull(),
});
