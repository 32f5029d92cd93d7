import { getProductOrThrow } from '@/lib/catalog/get-product';
import { handleParamsSchema } from '@/lib/catalog/schema';
import { route } from '@/lib/http/route';

export const GET = route({ auth: 'none', params: handleParamsSchema, cache: 'public' }, async ({ params, db }) =>
  getProductOrThrow(db, params.handle),
);
