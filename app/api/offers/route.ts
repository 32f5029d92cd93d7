import { offerContract } from '@/lib/offers/contract';
import { route } from '@/lib/http/route';
import { shopperPlaceOf } from '@/lib/offers/place';
import { requestLocale } from '@/lib/i18n/request-locale';
import { localizeOffers } from '@/lib/offers/localize-offers';
import { listOffersHere } from '@/lib/offers/price-offers';

/**
 * The offers that apply where the shopper is, each with its reason. Private: it depends on
 * the position and on who asks (first-order offers), and positions must not sit in caches.
 */
export const GET = route(offerContract.list, async ({ query, request, db, now, env, caller }) => {
  const point = query.lat !== undefined && query.lng !== undefined ? { lat: query.lat, lng: query.lng } : undefined;
  const place = shopperPlaceOf({ point, storeId: query.storeId, headers: request.headers }, env);
  const here = await listOffersHere(db, { place, customer: { userId: caller.user?.id }, now });
  return { offers: await localizeOffers(db, here, requestLocale(request.headers)) };
});
