import { catalogContract } from '@/lib/catalog/contract';
import { localizeSummaries } from '@/lib/catalog/localize-catalog';
import { listSuggestions } from '@/lib/catalog/product-summaries';
import { route } from '@/lib/http/route';
import { BASE_MARKET } from '@/lib/markets/markets';
import { requestLocale } from '@/lib/i18n/request-locale';

/** "You may also like": the category's products in stock at the shopper's store or online; live stock, so private. */
export const GET = route(catalogContract.suggestions, async ({ query, db, request }) => ({
  items: await localizeSummaries(
    db,
    await listSuggestions(db, { ...query, exclude: query.exclude ?? [], market: query.market ?? BASE_MARKET }),
    requestLocale(request.headers),
  ),
}));
