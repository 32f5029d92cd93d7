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
