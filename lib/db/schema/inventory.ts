import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
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
