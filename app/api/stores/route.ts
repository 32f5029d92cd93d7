import { route } from '@/lib/http/route';
import { listStores } from '@/lib/stores/list-stores';
import { storesQuerySchema } from '@/lib/stores/schema';

export const GET = route({ auth: 'none', query: storesQuerySchema }, async ({ query, db, now }) => {
  const near = query.lat !== undefined && query.lng !== undefined ? { lat: query.lat, lng: query.lng } : undefined;
  // Private: a position is personal, and openNow changes by the minute.
  return { stores: await listStores(db, { near, now }) };
});
