import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inventoryLocations, stockLevels } from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';

export type LineLocation = { fulfillment: 'ship' | 'pickup'; storeId: string | null };

/** The stock pool a line draws from: the warehouse when shipped, the store when picked up. */
export async function locationIdFor(db: Db, at: LineLocation): Promise<string> {
  const [location] = await db
    .select({ id: inventoryLocations.id })
    .from(inventoryLocations)
    .where(
      at.fulfillment === 'ship'
        ? eq(inventoryLocations.kind, 'warehouse')
        : eq(inventoryLocations.storeId, at.storeId ?? ''),
    )
    .limit(1);
  if (!location)
    throw new AppError('invalid_request', 'No such store', { fields: { 'fulfillment.storeId': ['No such store'] } });
  return location.id;
}

/** Units of a variant available (on hand − reserved) at a location; 0 when it has none. */
export async function availableAt(db: Db, variantId: string, at: LineLocation): Promise<number> {
  const locationId = await locationIdFor(db, at);
  const [row] = await db
    .select({ available: sql<number>`${stockLevels.onHand} - ${stockLevels.reserved}` })
    .from(stockLevels)
    .where(and(eq(stockLevels.locationId, locationId), eq(stockLevels.variantId, variantId)));
  return Math.max(0, Number(row?.available ?? 0));
}
