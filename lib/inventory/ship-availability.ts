import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inventoryLocations, stockLevels } from '@/lib/db/schema';

/** Units each variant has available (on hand − reserved) at the online warehouse. */
export async function getShipAvailability(db: Db, variantIds: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = Object.fromEntries(variantIds.map((id) => [id, 0]));
  if (variantIds.length === 0) return out;
  const rows = await db
    .select({
      variantId: stockLevels.variantId,
      available: sql<number>`${stockLevels.onHand} - ${stockLevels.reserved}`,
    })
    .from(stockLevels)
    .innerJoin(inventoryLocations, eq(inventoryLocations.id, stockLevels.locationId))
    .where(and(eq(inventoryLocations.kind, 'warehouse'), inArray(stockLevels.variantId, variantIds)));
  for (const r of rows) out[r.variantId] = (out[r.variantId] ?? 0) + Number(r.available);
  return out;
}

/** Store count with at least one unit of each variant: a hint that pickup is possible. */
export async function countStoresWithStock(db: Db, variantIds: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = Object.fromEntries(variantIds.map((id) => [id, 0]));
  if (variantIds.length === 0) return out;
  const rows = await db
    .select({ variantId: stockLevels.variantId, stores: sql<number>`count(*)::int` })
    .from(stockLevels)
    .innerJoin(inventoryLocations, eq(inventoryLocations.id, stockLevels.locationId))
    .where(
      and(
        eq(inventoryLocations.kind, 'store'),
        inArray(stockLevels.variantId, variantIds),
        sql`${stockLevels.onHand} - ${stockLevels.reserved} > 0`,
      ),
    )
    .groupBy(stockLevels.variantId);
  for (const r of rows) out[r.variantId] = Number(r.stores);
  return out;
}
