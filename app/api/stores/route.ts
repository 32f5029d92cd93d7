import { catalogContract } from '@/lib/catalog/contract';
import { route } from '@/lib/http/route';
import { BASE_MARKET } from '@/lib/markets/markets';
import { listStores } from '@/lib/stores/list-stores';

export const GET = route(catalogContract.stores, async ({ query, db, now }) => {
  const near = query.lat !== undefined && query.lng !== undefined ? { lat: query.lat, lng: query.lng } : undefined;
  // `?market=`, else the base market (lib/markets/request-market.ts will decide this for every request).
  const market = query.market ?? BASE_MARKET;
  // Private: a position is personal, and openNow changes by the minute.
  return { stores: await listStores(db, { near, now, pickupOnly: query.pickup === 'true', market }) };
});
