import { catalogContract } from '@/lib/catalog/contract';
import { route } from '@/lib/http/route';
import { requestLocale } from '@/lib/i18n/request-locale';
import { getAvailability } from '@/lib/inventory/get-availability';

/** Live stock for one variant: private because a position is personal, and stock moves by the minute. */
export const GET = route(catalogContract.availability, async ({ query, db, request }) => {
  const near = query.lat !== undefined && query.lng !== undefined ? { lat: query.lat, lng: query.lng } : undefined;
  return getAvailability(db, {
    variantId: query.variantId,
    near,
    storeId: query.storeId,
    locale: requestLocale(request.headers),
  });
});
