import { catalogContract } from '@/lib/catalog/contract';
import { getProductSummaries } from '@/lib/catalog/product-summaries';
import { route } from '@/lib/http/route';
import { BASE_MARKET } from '@/lib/markets/markets';

/** Cards for products the browser remembers by id (recently viewed, a guest's wishlist), in that order. */
export const GET = route(catalogContract.productCards, async ({ query, db }) => ({
  items: await getProductSummaries(db, query.ids, query.market ?? BASE_MARKET),
}));
