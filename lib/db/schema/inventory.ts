import { sql } from 'drizzle-orm';
import { char, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { variants } from './catalog';
import { stores } from './stores';

/* Stock: one pool per place that can fulfil, and the units on hand and held there. */

/** One stock pool per place that can fulfil: each store, plus the online warehouse. */
export const inventoryLocations = pgTable(
  'inventory_locations',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['store', 'warehouse'] }).notNull(),
    name: text('name').notNull(),
    storeId: text('store_id').references(() => stores.id),
    /** The market a warehouse ships for (lib/markets/markets.ts); null for a store (its market is its country's). */
    market: char('market', { length: 2 }),
    /** Units of every variant kept back from online and pickup promises, unless the variant says otherwise. */
    safetyStock: integer('safety_stock').notNull().default(0),
    /** `stock.low` is emitted when a variant's available here falls to or below this. */
    lowStockThreshold: integer('low_stock_threshold').notNull().default(2),
  },
  (t) => [
    uniqueIndex('inventory_locations_store_idx').on(t.storeId),
    check('inventory_locations_kind_store', sql`(${t.kind} = 'store') = (${t.storeId} IS NOT NULL)`),
    uniqueIndex('inventory_locations_market_idx').on(t.market),
    check('inventory_locations_market_warehouse', sql`${t.market} IS NULL OR ${t.kind} = 'warehouse'`),
    check('inventory_locations_safety_stock_nonnegative', sql`${t.safetyStock} >= 0`),
    check('inventory_locations_low_stock_threshold_nonnegative', sql`${t.lowStockThreshold} >= 0`),
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
    /** This variant's own safety stock here; null: the location's. Read it through availableSql(). */
    safetyStock: integer('safety_stock'),
    /** The `asOf` of the last count applied: an older or equal one is stale. */
    countedAt: timestamp('counted_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.locationId, t.variantId] }),
    index('stock_levels_variant_idx').on(t.variantId),
    check('stock_levels_on_hand_nonnegative', sql`${t.onHand} >= 0`),
    check('stock_levels_reserved_nonnegative', sql`${t.reserved} >= 0`),
    check('stock_levels_reserved_within_on_hand', sql`${t.reserved} <= ${t.onHand}`),
    check('stock_levels_safety_stock_nonnegative', sql`${t.safetyStock} >= 0`),
  ],
);

/**
 * Every stock adjustment an integration posted, by its external id: a repeat is a duplicate and
 * changes nothing. Only adjustments that were applied (or stale: already in a later count) are
 * kept; a refused one (a conflict) may be sent again.
 */
export const stockAdjustments = pgTable('stock_adjustments', {
  externalId: text('external_id').primaryKey(),
  locationId: text('location_id')
    .notNull()
    .references(() => inventoryLocations.id),
  variantId: text('variant_id')
    .notNull()
    .references(() => variants.id, { onDelete: 'cascade' }),
  delta: integer('delta').notNull(),
  reason: text('reason').notNull(),
  occurredAt: timestamp('occurred_at', { withTimezone: true }),
  /** A hash of the adjustment as sent: the same id with other content is refused. */
  contentHash: text('content_hash').notNull(),
  status: text('status', { enum: ['applied', 'stale'] }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
