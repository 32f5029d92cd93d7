import { getProductOrThrow } from '@/lib/catalog/get-product';
import { handleParamsSchema } from '@/lib/catalog/schema';
import { getDb } from '@/lib/db';
import { route } from '@/lib/http/route';

export const GET = route({ params: handleParamsSchema, cache: 'public' }, async ({ params }) =>
  getProductOrThrow(await getDb(), params.handle),
);
