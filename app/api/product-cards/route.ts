import { getProductSummaries } from '@/lib/catalog/product-summaries';
import { productCardsQuerySchema } from '@/lib/catalog/suggestions-schema';
import { route } from '@/lib/http/route';

/** Cards for products the browser remembers by id (recently viewed, a guest's wishlist), in that order. */
export const GET = route({ auth: 'none', query: productCardsQuerySchema, cache: 'public' }, async ({ query, db }) => ({
  items: await getProductSummaries(db, query.ids),
}));
