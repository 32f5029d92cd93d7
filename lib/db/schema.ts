import { sql, type SQLWrapper } from 'drizzle-orm';
import {
  boolean,
  check,
  char,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const categories = pgTable('categories', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  imageKind: text('image_kind').notNull(),
  position: integer('position').notNull().default(0),
});

export const products = pgTable(
  'products',
  {
    id: text('id').primaryKey(),
    handle: text('handle').notNull().unique(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    categoryId: text('category_id')
      .notNull()
      .references(() => categories.id),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    featured: boolean('featured').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('simple', coalesce("title", '')), 'A') || setweight(to_tsvector('simple', aisle_text_array_to_string("tags")), 'B') || setweight(to_tsvector('simple', coalesce("description", '')), 'C')`,
      ),
  },
  (t) => [
    index('products_category_idx').on(t.categoryId),
    index('products_search_idx').using('gin', t.search),
    index('products_title_trgm_idx').using('gin', sql`"title" gin_trgm_ops`),
  ],
);

export const productImages = pgTable(
  'product_images',
  {
    id: text('id').primaryKey(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    alt: text('alt').notNull(),
    /** The colour this image shows, so the gallery follows the chosen variant. */
    color: text('color'),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('product_images_product_idx').on(t.productId, t.position)],
);

export const variants = pgTable(
  'variants',
  {
    id: text('id').primaryKey(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    sku: text('sku').notNull().unique(),
    size: text('size'),
    color: text('color'),
    colorHex: char('color_hex', { length: 6 }),
    priceAmount: integer('price_amount').notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    index('variants_product_idx').on(t.productId, t.position),
    index('variants_size_idx').on(t.size),
    index('variants_color_idx').on(t.color),
    check('variants_price_nonnegative', sql`${t.priceAmount} >= 0`),
  ],
);

export type WeeklyHours = ({ open: string; close: string } | null)[];

export const stores = pgTable('stores', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  street: text('street').notNull(),
  city: text('city').notNull(),
  region: text('region').notNull(),
  postalCode: text('postal_code').notNull(),
  country: char('country', { length: 2 }).notNull(),
  lat: doublePrecision('lat').notNull(),
  lng: doublePrecision('lng').notNull(),
  phone: text('phone').notNull(),
  timezone: text('timezone').notNull(),
  hours: jsonb('hours').$type<WeeklyHours>().notNull(),
  climate: text('climate').notNull().default('mild'),
});

/** One stock pool per place that can fulfil: each store, plus the online warehouse. */
export const inventoryLocations = pgTable(
  'inventory_locations',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['store', 'warehouse'] }).notNull(),
    name: text('name').notNull(),
    storeId: text('store_id').references(() => stores.id),
  },
  (t) => [
    uniqueIndex('inventory_locations_store_idx').on(t.storeId),
    check('inventory_locations_kind_store', sql`(${t.kind} = 'store') = (${t.storeId} IS NOT NULL)`),
  ],
);

export const stockLevels = pgTable(
  'stock_levels',
  {
    locationId: text('location_id')
      .notNull()
      .references(() => inventoryLocations.id),
    variantId: text('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    onHand: integer('on_hand').notNull().default(0),
    reserved: integer('reserved').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.locationId, t.variantId] }),
    index('stock_levels_variant_idx').on(t.variantId),
    check('stock_levels_on_hand_nonnegative', sql`${t.onHand} >= 0`),
    check('stock_levels_reserved_nonnegative', sql`${t.reserved} >= 0`),
    check('stock_levels_reserved_within_on_hand', sql`${t.reserved} <= ${t.onHand}`),
  ],
);

export type CategoryRow = typeof categories.$inferSelect;
export type ProductRow = typeof products.$inferSelect;
export type VariantRow = typeof variants.$inferSelect;
export type ProductImageRow = typeof productImages.$inferSelect;
export type StoreRow = typeof stores.$inferSelect;
export type StockLevelRow = typeof stockLevels.$inferSelect;

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  /** Stored lower-cased; unique. Null for an account made by signing in with a phone. */
  email: text('email').unique(),
  name: text('name').notNull(),
  /** Null when the account signs in only with its phone. */
  passwordHash: text('password_hash'),
  /** E.164, proven by one-time code; on one account at a time. */
  phone: text('phone').unique(),
  phoneVerifiedAt: timestamp('phone_verified_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The live one-time code for a phone, per purpose and per requester (the account linking it,
 * or '' for signing in). Only an HMAC of the code is kept. Failures survive a resend.
 */
export const phoneChallenges = pgTable(
  'phone_challenges',
  {
    phone: text('phone').notNull(),
    purpose: text('purpose', { enum: ['link', 'sign_in'] }).notNull(),
    requester: text('requester').notNull(),
    codeHash: text('code_hash').notNull(),
    failures: integer('failures').notNull().default(0),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.phone, t.purpose, t.requester] }),
    check('phone_challenges_failures_nonnegative', sql`${t.failures} >= 0`),
  ],
);

/** Server-side record of each sign-in, so sign-out (or a revocation) ends it everywhere it is used. */
export const authSessions = pgTable(
  'auth_sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('auth_sessions_user_idx').on(t.userId)],
);

export const carts = pgTable(
  'carts',
  {
    id: text('id').primaryKey(),
    /** An account's cart; null for a guest cart. */
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** SHA-256 of the guest cookie's token; the token itself is never stored. */
    tokenHash: text('token_hash'),
    version: integer('version').notNull().default(0),
    currency: char('currency', { length: 3 }).notNull(),
    pickupStoreId: text('pickup_store_id').references(() => stores.id),
    /** Set when a guest cart has been merged into an account's cart: merging again is a no-op. */
    mergedIntoId: text('merged_into_id'),
    /** The offer code the shopper entered; it is re-checked on every read and at checkout. */
    offerCode: text('offer_code'),
    /** What the shopper must be told (a merge at sign-in, a cap), until they dismiss it. */
    notices: jsonb('notices').$type<unknown[]>().notNull().default([]),
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

/** The first answer to each retryable write, replayed for a repeat of the same key. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    state: text('state', { enum: ['running', 'done'] }).notNull(),
    status: integer('status'),
    body: jsonb('body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);

/** Fixed-window counters shared by every app instance. */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  count: integer('count').notNull(),
});

export type UserRow = typeof users.$inferSelect;
export type CartRow = typeof carts.$inferSelect;
export type CartLineRow = typeof cartLines.$inferSelect;

export type ShippingAddress = {
  name: string;
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  country: string;
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
    /** SHA-256 of a POS post, so a repeat with other content is told apart from a retry. */
    requestHash: text('request_hash'),
    currency: char('currency', { length: 3 }).notNull(),
    subtotal: integer('subtotal').notNull(),
    /** The offers taken off the subtotal, as applied when the order was placed. */
    discountTotal: integer('discount_total').notNull().default(0),
    discounts: jsonb('discounts').$type<OrderDiscount[]>().notNull().default([]),
    total: integer('total').notNull(),
    paymentMethod: text('payment_method', { enum: ['pay_at_pickup', 'test_card', 'in_store'] }).notNull(),
    paymentStatus: text('payment_status', { enum: ['due_at_pickup', 'authorized', 'paid'] }).notNull(),
    shippingAddress: jsonb('shipping_address').$type<ShippingAddress>(),
    /** SHA-256 of the token a guest uses to see the order; the token is shown once. */
    accessTokenHash: text('access_token_hash'),
    placedAt: timestamp('placed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('orders_user_idx').on(t.userId, t.placedAt),
    index('orders_email_idx').on(t.email),
    index('orders_email_identity_idx').on(emailIdentitySql(t.email)),
    index('orders_phone_idx').on(t.phone, t.placedAt),
    uniqueIndex('orders_store_external_idx').on(t.storeId, t.externalId),
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
    status: text('status', { enum: ['reserved', 'ready', 'collected', 'expired'] }).notNull(),
    holdUntil: timestamp('hold_until', { withTimezone: true }).notNull(),
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

export type OrderRow = typeof orders.$inferSelect;
export type PickupRow = typeof pickups.$inferSelect;

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
