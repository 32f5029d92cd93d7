import { catalogContract } from '@/lib/catalog/contract';
import { listCategoriesIn } from '@/lib/catalog/localize-catalog';
import { route } from '@/lib/http/route';
import { requestLocale } from '@/lib/i18n/request-locale';

export const GET = route(catalogContract.categories, async ({ db, request }) => ({
  categories: await listCategoriesIn(db, requestLocale(request.headers)),
}));
