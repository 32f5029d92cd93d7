import { catalogContract } from '@/lib/catalog/contract';
import { listCategories } from '@/lib/catalog/list-categories';
import { route } from '@/lib/http/route';

export const GET = route(catalogContract.categories, async ({ db }) => ({
  categories: await listCategories(db),
}));
