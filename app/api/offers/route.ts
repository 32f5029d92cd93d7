import { offerContract } from '@/lib/offers/contract';
import { route } from '@/lib/http/route';
import { BASE_MARKET } from '@/lib/markets/markets';
import { shopperPlaceOf } from '@/lib/offers/place';
import { listOffersHere } from '@/lib/offers/price-offers';

/**
 * The offers that apply where the shopper is, in their market, each with its reason. Private:
 * it depends on the position and on who asks (first-order offers), and positions must not sit
 * in caches.
 */
export const GET = route(offerContract.list, async ({ query, request, db, now, env, caller }) => {
  const point = query.lat !== undefined && query.lng !== undefined ? { lat: query.lat, lng: query.lng } : undefined;
  const place = shopperPlaceOf({ point, storeId: query.storeId, headers: request.headers }, env);
  // `?market=`, else the base market (lib/markets/request-market.ts will decide this for every request).
  const market = query.market ?? BASE_MARKET;
  return { offers: await listOffersHere(db, { place, customer: { userId: caller.user?.id }, now, market }) };
});
