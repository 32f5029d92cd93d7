import 'server-only';
import { sql, type SQL } from 'drizzle-orm';

const ALIAS = /^[a-z_][a-z0-9_]*$/;

/**
 * The one definition of what can be promised from a stock row: on hand − reserved − safety stock,
 * the safety stock being the variant's own at that location, else the location's default. It may
 * be below zero (safety stock above what is free); wrap it in greatest(…, 0) to show it.
 *
 * `stock` is the alias of a `stock_levels` row and `location` of its `inventory_locations` row,
 * which the query must join. Every read and conditional write of availability goes through here
 * (tests/unit/available-sql.test.ts fails on an `on_hand - reserved` written anywhere else), so
 * safety stock reaches the product page, listings, the bag and checkout alike.
 */
export function availableSql(stock: string, location: string): SQL {
  if (!ALIAS.test(stock) || !ALIAS.test(location)) throw new Error('availableSql takes table aliases');
  return sql.raw(`(${stock}.on_hand - ${stock}.reserved - coalesce(${stock}.safety_stock, ${location}.safety_stock))`);
}

/** The same, never below zero: what a shopper is shown and may put in the bag. */
export function shownAvailableSql(stock: string, location: string): SQL {
  return sql`greatest(${availableSql(stock, location)}, 0)`;
}

/** The same rule for a stock row already read (and locked): what availableSql() would say of it. */
export function availableOf(level: { onHand: number; reserved: number; safety: number }): number {
  return level.onHand - level.reserved - level.safety;
}

/**
 * The order every writer locks stock rows in: by location, then variant. Checkout and the stock
 * feed both follow it, so neither can hold one row while waiting for another the other holds.
 */
export function byStockRow(a: { locationId: string; variantId: string }, b: { locationId: string; variantId: string }) {
  return a.locationId < b.locationId
    ? -1
    : a.locationId > b.locationId
      ? 1
      : a.variantId < b.variantId
        ? -1
        : a.variantId > b.variantId
          ? 1
          : 0;
}
