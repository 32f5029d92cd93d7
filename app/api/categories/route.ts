import { listCategories } from '@/lib/catalog/list-categories';
import { getDb } from '@/lib/db';
import { route } from '@/lib/http/route';

export const GET = route({ cache: 'public' }, async () => ({ categories: await listCategories(await getDb()) }));
