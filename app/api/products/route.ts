import { catalogContract } from '@/lib/catalog/contract';
import { listProductsIn } from '@/lib/catalog/localize-catalog';
import { route } from '@/lib/http/route';
import { BASE_MARKET } from '@/lib/markets/markets';
import { requestLocale } from '@/lib/i18n/request-locale';

export const GET = route(catalogContract.listProducts, async ({ query, db, request }) => {
  const { cursor, ...filters } = query;
  return listProductsIn(
    db,
    { ...filters, market: filters.market ?? BASE_MARKET, offset: cursor ?? 0 },
    requestLocale(request.headers),
  );
});
