import { offerContract } from '@/lib/offers/contract';
import { route } from '@/lib/http/route';
import { BASE_MARKET } from '@/lib/markets/markets';
import { shopperPlaceOf } from '@/lib/offers/place';
import { requestLocale } from '@/lib/i18n/request-locale';
import { localizeOffers } from '@/lib/offers/localize-offers';
import { listOffersHere } from '@/lib/offers/price-offers';

/**
 * The offers that apply where the shopper is, in their market, each with its reason in their
 * locale (`Accept-Language` or the locale cookie). Private:
 * it depends on the position and on who asks (first-order offers), and positions must not sit
 * in caches.
 */
export const GET = route(offerContract.list, async ({ query, request, db, now, env, caller }) => {
  const point = query.lat !== undefined && query.lng !== undefined ? { lat: query.lat, lng: query.lng } : undefined;
  const place = shopperPlaceOf({ point, storeId: query.storeId, headers: request.headers }, env);
  // `?market=`, else the base market (lib/markets/request-market.ts will decide this for every request).
  const market = query.market ?? BASE_MARKET;
  const locale = requestLocale(request.headers);
  const customer = { userId: caller.user?.id };
  const here = await listOffersHere(db, { place, customer, now, market, locale });
  return { offers: await localizeOffers(db, here, locale) };
});
