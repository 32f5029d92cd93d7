import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { products, variants } from './catalog';
import { inventoryLocations } from './inventory';

/* What a shopper keeps for later: the wishlist, and "tell me when it is back at my store". */

/** A signed-in shopper's wishlist, one row per product: the same on every device of the account. */
export const wishlistItems = pgTable(
  'wishlist_items',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.productId] })],
);

/**
 * "Tell me when it is back at this store": answered once, when that location's available stock
 * rises above zero (notified_at set in the same transaction as the message it queued).
 */
export const backInStockRequests = pgTable(
  'back_in_stock_requests',
  {
    id: text('id').primaryKey(),
    variantId: text('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    locationId: text('location_id')
      .notNull()
      .references(() => inventoryLocations.id),
    channel: text('channel', { enum: ['email', 'sms'] }).notNull(),
    to: text('to').notNull(),
    locale: text('locale', { enum: ['en', 'ko', 'ja'] }).notNull(),
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
  },
  (t) => [
    // One open request per address, item and store: asking twice is asking once.
    uniqueIndex('back_in_stock_open_idx')
      .on(t.variantId, t.locationId, t.channel, t.to)
      .where(sql`${t.notifiedAt} IS NULL`),
    index('back_in_stock_waiting_idx').on(t.locationId, t.variantId),
  ],
);
