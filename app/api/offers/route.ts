import { offerContract } from '@/lib/offers/contract';
import { route } from '@/lib/http/route';
import { shopperPlaceOf } from '@/lib/offers/place';
import { listOffersHere } from '@/lib/offers/price-offers';

/**
 * The offers that apply where the shopper is, each with its reason. Private: it depends on
 * the position and on who asks (first-order offers), and positions must not sit in caches.
 */
export const GET = route(offerContract.list, async ({ query, request, db, now, env, caller }) => {
  const point = query.lat !== undefined && query.lng !== undefined ? { lat: query.lat, lng: query.lng } : undefined;
  const place = shopperPlaceOf({ point, storeId: query.storeId, headers: request.headers }, env);
  return { offers: await listOffersHere(db, { place, customer: { userId: caller.user?.id }, now }) };
});
