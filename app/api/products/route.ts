import { catalogContract } from '@/lib/catalog/contract';
import { listProducts } from '@/lib/catalog/list-products';
import { route } from '@/lib/http/route';
import { BASE_MARKET } from '@/lib/markets/markets';

export const GET = route(catalogContract.listProducts, async ({ query, db }) => {
  const { cursor, ...filters } = query;
  return listProducts(db, { ...filters, market: filters.market ?? BASE_MARKET, offset: cursor ?? 0 });
});
