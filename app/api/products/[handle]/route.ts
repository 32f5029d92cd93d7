import { catalogContract } from '@/lib/catalog/contract';
import { getProductOrThrow } from '@/lib/catalog/get-product';
import { route } from '@/lib/http/route';

export const GET = route(catalogContract.product, async ({ params, db }) => getProductOrThrow(db, params.handle));
