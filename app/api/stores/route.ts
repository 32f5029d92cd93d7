import { getDb } from '@/lib/db';
import { route } from '@/lib/http/route';
import { listStores } from '@/lib/stores/list-stores';
import { storesQuerySchema } from '@/lib/stores/schema';

export const GET = route({ query: storesQuerySchema }, async ({ query }) => {
  const near = query.lat !== undefined && query.lng !== undefined ? { lat: query.lat, lng: query.lng } : undefined;
  // Private: a position is personal, and openNow changes by the minute.
  return { stores: await listStores(await getDb(), { near, now: new Date() }) };
});
