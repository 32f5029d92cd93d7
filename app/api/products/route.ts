import { catalogContract } from '@/lib/catalog/contract';
import { listProducts } from '@/lib/catalog/list-products';
import { route } from '@/lib/http/route';

export const GET = route(catalogContract.listProducts, async ({ query, db }) => {
  const { cursor, ...filters } = query;
  return listProducts(db, { ...filters, offset: cursor ?? 0 });
});
