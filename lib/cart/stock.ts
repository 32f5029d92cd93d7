import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { inventoryLocations, products, variants } from '@/lib/db/schema';
import { shownAvailableSql } from '@/lib/inventory/available-sql';
import { AppError } from '@/lib/http/errors';
import { BASE_MARKET, marketOf, type MarketCode } from '@/lib/markets/markets';

export type LineLocation = { fulfillment: 'ship' | 'pickup'; storeId: string | null };

/** The stock pool a line draws from: the warehouse shipping the bag's market when shipped, the store when picked up. */
export async function locationIdFor(db: Db, at: LineLocation, market: MarketCode = BASE_MARKET): Promise<string> {
  const [location] = await db
    .select({ id: inventoryLocations.id })
    .from(inventoryLocations)
    .where(
      at.fulfillment === 'ship'
        ? and(eq(inventoryLocations.kind, 'warehouse'), eq(inventoryLocations.market, marketOf(market).shipsFrom))
        : eq(inventoryLocations.storeId, at.storeId ?? ''),
    )
    .limit(1);
  if (!location)
    throw new AppError('invalid_request', 'No such store', { fields: { 'fulfillment.storeId': ['No such store'] } });
  return location.id;
}

/** Units of a variant available (on hand − reserved − safety stock) at a location; 0 when it has none. */
export async function availableAt(
  db: Db,
  variantId: string,
  at: LineLocation,
  market: MarketCode = BASE_MARKET,
): Promise<number> {
  const locationId = await locationIdFor(db, at, market);
  const [row] = rowsOf(
    z.object({ available: sqlNumber }),
    await db.execute(sql`
      SELECT ${shownAvailableSql('s', 'l')} AS available
      FROM stock_levels s JOIN inventory_locations l ON l.id = s.location_id
      WHERE s.location_id = ${locationId} AND s.variant_id = ${variantId}`),
  );
  return row?.available ?? 0;
}

/** Whether a variant is still sold: neither it nor its product archived by the retailer. */
export async function isOnSale(db: Db, variantId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: variants.id })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(and(eq(variants.id, variantId), isNull(variants.archivedAt), eq(products.status, 'active')));
  return row !== undefined;
}

const placementRow = z.object({
  variant_id: z.string().nullable(),
  on_sale: z.boolean().nullable(),
  location_id: z.string().nullable(),
  available: sqlNumber,
  store_pickup: z.boolean().nullable(),
  store_country: z.string().nullable(),
  line_id: z.string().nullable(),
  line_quantity: sqlNumber.nullable(),
});

/** What a change that puts units of a variant at a place needs to know, read in one statement. */
export type Placement = {
  /** The variant exists / is still sold. */
  exists: boolean;
  onSale: boolean;
  /** The stock pool the place draws from (locationIdFor); null when there is none (no such store). */
  locationId: string | null;
  /** Units available there (availableAt). */
  available: number;
  /** The pickup store's row (assertTakesPickup), when the place is a pickup. */
  store: { pickup: boolean; country: string } | undefined;
  /** The bag's line of this variant at this place, but `exceptLineId` (findLine). */
  line: { id: string; quantity: number } | undefined;
};

/**
 * One round trip for what addLine and updateLine used to ask in five: the variant and whether it
 * is sold, the place's stock pool and what it has available, the pickup store, and the bag's
 * line already there.
 */
export async function readPlacement(
  db: Db,
  input: { cartId: string; variantId: string; at: LineLocation; market: MarketCode; exceptLineId?: string },
): Promise<Placement> {
  const { at, variantId } = input;
  const storeId = at.storeId ?? '';
  const pool =
    at.fulfillment === 'ship'
      ? sql`i.kind = 'warehouse' AND i.market = ${marketOf(input.market).shipsFrom}`
      : sql`i.store_id = ${storeId}`;
  const [row] = rowsOf(
    placementRow,
    await db.execute(sql`
      SELECT v.id AS variant_id, (v.archived_at IS NULL AND p.status = 'active') AS on_sale,
        loc.id AS location_id, coalesce(${shownAvailableSql('s', 'loc')}, 0) AS available,
        st.pickup AS store_pickup, st.country AS store_country,
        ln.id AS line_id, ln.quantity AS line_quantity
      FROM (SELECT 1) one
      LEFT JOIN variants v ON v.id = ${variantId}
      LEFT JOIN products p ON p.id = v.product_id
      LEFT JOIN LATERAL (SELECT i.id, i.safety_stock FROM inventory_locations i WHERE ${pool} LIMIT 1) loc ON true
      LEFT JOIN stock_levels s ON s.location_id = loc.id AND s.variant_id = ${variantId}
      LEFT JOIN stores st ON ${sql.raw(at.fulfillment === 'pickup' ? 'true' : 'false')} AND st.id = ${storeId}
      LEFT JOIN LATERAL (
        SELECT l.id, l.quantity FROM cart_lines l
        WHERE l.cart_id = ${input.cartId} AND l.variant_id = ${variantId} AND l.fulfillment = ${at.fulfillment}
          AND coalesce(l.store_id, '') = ${storeId} AND l.id <> ${input.exceptLineId ?? ''}
        LIMIT 1
      ) ln ON true`),
  );
  return {
    exists: row?.variant_id != null,
    onSale: row?.on_sale === true,
    locationId: row?.location_id ?? null,
    available: Number(row?.available ?? 0),
    store:
      row?.store_pickup != null && row.store_country != null
        ? { pickup: row.store_pickup, country: row.store_country }
        : undefined,
    line: row?.line_id ? { id: row.line_id, quantity: Number(row.line_quantity) } : undefined,
  };
}
