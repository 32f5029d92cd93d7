import { catalogContract } from '@/lib/catalog/contract';
import { listSuggestions } from '@/lib/catalog/product-summaries';
import { route } from '@/lib/http/route';
import { BASE_MARKET } from '@/lib/markets/markets';

/** "You may also like": the category's products in stock at the shopper's store or online; live stock, so private. */
export const GET = route(catalogContract.suggestions, async ({ query, db }) => ({
  items: await listSuggestions(db, { ...query, exclude: query.exclude ?? [], market: query.market ?? BASE_MARKET }),
}));
