import { listProducts } from '@/lib/catalog/list-products';
import { productListQuerySchema } from '@/lib/catalog/schema';
import { route } from '@/lib/http/route';

export const GET = route({ auth: 'none', query: productListQuerySchema, cache: 'public' }, async ({ query, db }) => {
  const { cursor, ...filters } = query;
  return listProducts(db, { ...filters, offset: cursor ?? 0 });
});
