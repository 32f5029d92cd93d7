import { catalogContract } from '@/lib/catalog/contract';
import { route } from '@/lib/http/route';
import { listStores } from '@/lib/stores/list-stores';

export const GET = route(catalogContract.stores, async ({ query, db, now }) => {
  const near = query.lat !== undefined && query.lng !== undefined ? { lat: query.lat, lng: query.lng } : undefined;
  // Private: a position is personal, and openNow changes by the minute.
  return { stores: await listStores(db, { near, now, pickupOnly: query.pickup === 'true' }) };
});
