import { sql, type SQLWrapper } from 'drizzle-orm';
import { bigint, check, char, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { variants } from './catalog';
import { inventoryLocations } from './inventory';
import { stores } from './stores';

/* Orders, their lines, their pickups and the stock they hold. */

export type ShippingAddress = {
  name: string;
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  country: string;
  /** US: the state, whose sales tax applies. */
  region?: string;
};

/**
 * The mailbox a stored address reaches, as `emailIdentity` (lib/offers/email-identity.ts) works
 * it out in code: lower-case, no `+tag`, and no dots at gmail.com/googlemail.com. Orders are
 * indexed on it, so a first-order check finds `a+1@` as `a@` without reading every order.
 */
export function emailIdentitySql(email: SQLWrapper) {
  const lowered = sql`lower(${email})`;
  const local = sql`split_part(split_part(${lowered}, '@', 1), '+', 1)`;
  const domain = sql`split_part(${lowered}, '@', 2)`;
  return sql<string>`(CASE WHEN ${domain} IN ('gmail.com', 'googlemail.com') THEN replace(${local}, '.', '') || '@gmail.com' ELSE ${local} || '@' || ${domain} END)`;
}

export type OrderDiscount = { offerId: string; title: string; code: string | null; amount: number };

/** The delivery chosen at checkout: its option's code and the dates it was promised for (YYYY-MM-DD, the shop's time zone). */
export type OrderDelivery = { option: string; earliest: string; latest: string };

export const orders = pgTable(
  'orders',
  {
    id: text('id').primaryKey(),
    /** Human-friendly, unique: what the shopper reads out at the till. */
    number: text('number').notNull().unique(),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    channel: text('channel', { enum: ['online', 'store'] }).notNull(),
    status: text('status', { enum: ['placed', 'ready', 'collected', 'expired', 'cancelled'] }).notNull(),
    /** Null for an in-store purchase made without one. */
    email: text('email'),
    /** E.164 */
    phone: text('phone'),
    /** In-store orders: the store, and the till's own id for the sale (unique per store). */
    storeId: text('store_id').references(() => stores.id),
    externalId: text('external_id'),
    /**
     * What made the order, where the channel alone does not say: 'endless_aisle' for an order an
     * associate made for a customer (placed at the counter, or paid online from a bag they sent).
     * Null: the channel's own (online: the web shop, store: the till).
     */
    source: text('source', { enum: ['endless_aisle'] }),
    /** The staff member who made it (endless aisle); no FK: kept when the account is removed. */
    staffId: text('staff_id'),
    /**
     * Ship-from-store (endless aisle): the store whose stock the delivered lines were reserved at
     * and which sends them. Null: delivered lines leave the warehouse (every web checkout).
     */
    shipFromStoreId: text('ship_from_store_id').references(() => stores.id),
    /** SHA-256 of a POS post, so a repeat with other content is told apart from a retry. */
    requestHash: text('request_hash'),
    currency: char('currency', { length: 3 }).notNull(),
    subtotal: integer('subtotal').notNull(),
    /** The offers taken off the subtotal, as applied when the order was placed. */
    discountTotal: integer('discount_total').notNull().default(0),
    discounts: jsonb('discounts').$type<OrderDiscount[]>().notNull().default([]),
    /** What delivery cost (0 when free or when nothing is delivered); part of `total`. */
    deliveryFee: integer('delivery_fee').notNull().default(0),
    /** Null when every line is collected in store. */
    delivery: jsonb('delivery').$type<OrderDelivery>(),
    /**
     * Sales tax added on top of the prices (US: prices exclude tax), part of `total`. 0 where prices
     * include tax (KR, JP, SG): that tax is inside the lines and only shown.
     */
    taxAmount: integer('tax_amount').notNull().default(0),
    total: integer('total').notNull(),
    paymentMethod: text('payment_method', { enum: ['pay_at_pickup', 'test_card', 'in_store'] }).notNull(),
    paymentStatus: text('payment_status', { enum: ['due_at_pickup', 'authorized', 'paid', 'voided'] }).notNull(),
    shippingAddress: jsonb('shipping_address').$type<ShippingAddress>(),
    /** Who collects a pickup when it is not the shopper: checked at the counter. Null: the shopper. */
    collectorName: text('collector_name'),
    /** E.164 */
    collectorPhone: text('collector_phone'),
    /** SHA-256 of the token a guest uses to see the order; the token is shown once. */
    accessTokenHash: text('access_token_hash'),
    placedAt: timestamp('placed_at', { withTimezone: true }).notNull(),
    /** The language the shopper placed it in: later messages (ready, expired) are written in it. */
    locale: text('locale', { enum: ['en', 'ko', 'ja'] })
      .notNull()
      .default('en'),
    /** When the shopper cancelled it (only before it was ready). */
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /**
     * Where the order stands in the integration feed (GET /api/integrations/orders): the id of
     * the transaction that last wrote it or one of its pickups, and when (the database's clock).
     * Set by triggers (migration orders_feed), so no writer can forget it.
     */
    feedXid: bigint('feed_xid', { mode: 'number' })
      .notNull()
      .default(sql`0`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('orders_user_idx').on(t.userId, t.placedAt),
    index('orders_email_idx').on(t.email),
    index('orders_email_identity_idx').on(emailIdentitySql(t.email)),
    index('orders_phone_idx').on(t.phone, t.placedAt),
    uniqueIndex('orders_store_external_idx').on(t.storeId, t.externalId),
    index('orders_feed_idx').on(t.feedXid, t.id),
  ],
);

export const orderLines = pgTable(
  'order_lines',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    variantId: text('variant_id').references(() => variants.id, { onDelete: 'set null' }),
    sku: text('sku').notNull(),
    title: text('title').notNull(),
    options: jsonb('options').$type<{ size?: string; color?: string }>().notNull(),
    quantity: integer('quantity').notNull(),
    unitPrice: integer('unit_price').notNull(),
    fulfillment: text('fulfillment', { enum: ['ship', 'pickup', 'in_store'] }).notNull(),
    storeId: text('store_id').references(() => stores.id),
    /** Units a till sold beyond the stock on record: kept, and flagged for the retailer. */
    oversold: integer('oversold').notNull().default(0),
  },
  (t) => [index('order_lines_order_idx').on(t.orderId), check('order_lines_quantity_positive', sql`${t.quantity} > 0`)],
);

/** One per store an order is collected from: its code, its hold and where it stands. */
export const pickups = pgTable(
  'pickups',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id),
    code: text('code').notNull(),
    status: text('status', { enum: ['reserved', 'ready', 'collected', 'expired', 'cancelled'] }).notNull(),
    holdUntil: timestamp('hold_until', { withTimezone: true }).notNull(),
    /** When staff expect it picked (two opening hours after the order); null for older orders. */
    readyBy: timestamp('ready_by', { withTimezone: true }),
    readyAt: timestamp('ready_at', { withTimezone: true }),
    collectedAt: timestamp('collected_at', { withTimezone: true }),
    expiredAt: timestamp('expired_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('pickups_order_store_idx').on(t.orderId, t.storeId),
    index('pickups_hold_idx').on(t.status, t.holdUntil),
  ],
);

/** Units held for an order at a location; created in the order's own transaction. */
export const reservations = pgTable(
  'reservations',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    locationId: text('location_id')
      .notNull()
      .references(() => inventoryLocations.id),
    variantId: text('variant_id')
      .notNull()
      .references(() => variants.id),
    quantity: integer('quantity').notNull(),
    status: text('status', { enum: ['held', 'released', 'fulfilled'] }).notNull(),
  },
  (t) => [
    index('reservations_order_idx').on(t.orderId),
    check('reservations_quantity_positive', sql`${t.quantity} > 0`),
  ],
);

export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;
