import { catalogContract } from '@/lib/catalog/contract';
import { getProductOrThrow } from '@/lib/catalog/get-product';
import { route } from '@/lib/http/route';
import { BASE_MARKET } from '@/lib/markets/markets';

export const GET = route(catalogContract.product, async ({ params, query, db }) =>
  getProductOrThrow(db, params.handle, query.market ?? BASE_MARKET),
);
