import { listProducts } from '@/lib/catalog/list-products';
import { productListQuerySchema } from '@/lib/catalog/schema';
import { getDb } from '@/lib/db';
import { route } from '@/lib/http/route';

export const GET = route({ query: productListQuerySchema, cache: 'public' }, async ({ query }) => {
  const { cursor, ...filters } = query;
  return listProducts(await getDb(), { ...filters, offset: cursor ?? 0 });
});
