import { listSuggestions } from '@/lib/catalog/product-summaries';
import { suggestionsQuerySchema } from '@/lib/catalog/suggestions-schema';
import { route } from '@/lib/http/route';

/** "You may also like": the category's products in stock at the shopper's store or online; live stock, so private. */
export const GET = route({ auth: 'none', query: suggestionsQuerySchema }, async ({ query, db }) => ({
  items: await listSuggestions(db, { ...query, exclude: query.exclude ?? [] }),
}));
