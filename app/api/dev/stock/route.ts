import { inventoryContract } from '@/lib/inventory/contract';
import { adjustStock, storeLocationId } from '@/lib/inventory/adjust-stock';
import { notFoundError } from '@/lib/http/errors';
import { route } from '@/lib/http/route';

/**
 * Test servers only (AISLE_DEV_STOCK=1, which the end-to-end suite sets): a stock count through
 * the same domain write counts from the stores will use, until their API (issues 17/18) exists.
 */
export const POST = route(inventoryContract.devStock, async ({ body, db, now, env }) => {
  if (env.AISLE_DEV_STOCK !== '1') throw notFoundError('Route');
  const locationId = await storeLocationId(db, body.storeId);
  return adjustStock(db, { locationId, variantId: body.variantId, count: body.count }, now);
});
