import 'server-only';
import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { categories, products } from '@/lib/db/schema';
import { catalogCache } from '@/lib/cache/catalog-cache';
import type { Category } from './schema';

/** Every category with its product count, from the catalog cache. */
export const listCategories = catalogCache(loadCategories, () => 'all');

async function loadCategories(db: Db): Promise<Category[]> {
  const rows = await db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      imageKind: categories.imageKind,
      productCount: count(products.id),
    })
    .from(categories)
    .leftJoin(products, and(eq(products.categoryId, categories.id), eq(products.status, 'active')))
    .groupBy(categories.id)
    .orderBy(asc(categories.position));
  return rows.map((r) => ({ ...r, productCount: Number(r.productCount) }));
}
