import { getDb } from '@/lib/db';
import { clientAddress, route } from '@/lib/http/route';
import { lookUpGuestOrder } from '@/lib/orders/read-order';
import { orderLookupQuerySchema } from '@/lib/orders/schema';

/** A guest's order by its number and e-mail (rate-limited: the pair is the only secret). */
export const GET = route({ query: orderLookupQuerySchema }, async ({ query, request }) =>
  lookUpGuestOrder(await getDb(), { ...query, clientAddress: clientAddress(request), now: new Date() }),
);
