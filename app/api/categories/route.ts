import { listCategories } from '@/lib/catalog/list-categories';
import { route } from '@/lib/http/route';

export const GET = route({ auth: 'none', cache: 'public' }, async ({ db }) => ({
  categories: await listCategories(db),
}));
