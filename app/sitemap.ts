import type { MetadataRoute } from 'next';
import { listCategories } from '@/lib/catalog/list-categories';
import { listProductHandles } from '@/lib/catalog/list-product-handles';
import { getDb } from '@/lib/db';
import { publicUrl } from '@/lib/site';

// Read from the database per request, never at build time.
export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const db = await getDb();
  const base = publicUrl();
  const [categories, products] = await Promise.all([listCategories(db), listProductHandles(db)]);
  return [
    { url: `${base}/`, changeFrequency: 'daily', priority: 1 },
    ...categories.map((c) => ({ url: `${base}/c/${c.slug}`, changeFrequency: 'daily' as const, priority: 0.8 })),
    ...products.map((p) => ({
      url: `${base}/p/${p.handle}`,
      lastModified: p.createdAt,
      changeFrequency: 'weekly' as const,
      priority: 0.6,
    })),
  ];
}
