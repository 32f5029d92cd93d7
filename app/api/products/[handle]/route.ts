import { catalogContract } from '@/lib/catalog/contract';
import { getProductOrThrow } from '@/lib/catalog/get-product';
import { localizeProduct } from '@/lib/catalog/localize-catalog';
import { route } from '@/lib/http/route';
import { BASE_MARKET } from '@/lib/markets/markets';
import { requestLocale } from '@/lib/i18n/request-locale';

export const GET = route(catalogContract.product, async ({ params, query, db, request }) =>
  localizeProduct(
    db,
    await getProductOrThrow(db, params.handle, query.market ?? BASE_MARKET),
    requestLocale(request.headers),
  ),
);
