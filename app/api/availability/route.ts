import { catalogContract } from '@/lib/catalog/contract';
import { route } from '@/lib/http/route';
import { getAvailability } from '@/lib/inventory/get-availability';
import { BASE_MARKET } from '@/lib/markets/markets';

/** Live stock for one variant: private because a position is personal, and stock moves by the minute. */
export const GET = route(catalogContract.availability, async ({ query, db }) => {
  const near = query.lat !== undefined && query.lng !== undefined ? { lat: query.lat, lng: query.lng } : undefined;
  // `?market=`, else the base market (lib/markets/request-market.ts will decide this for every request).
  const market = query.market ?? BASE_MARKET;
  return getAvailability(db, { variantId: query.variantId, near, storeId: query.storeId, market });
});
