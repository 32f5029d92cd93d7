import type { MetadataRoute } from 'next';
import { listCategories } from '@/lib/catalog/list-categories';
import { listProductHandles } from '@/lib/catalog/list-product-handles';
import { getDb } from '@/lib/db';
import { URL_LOCALES } from '@/lib/i18n/locale-path';
import { localeUrls } from '@/lib/i18n/page-metadata';
import { HELP_PAGES } from '@/lib/legal/content';

// Read from the database per request, never at build time.
export const dynamic = 'force-dynamic';

type Page = Omit<MetadataRoute.Sitemap[number], 'url' | 'alternates'> & { path: string };

/** Every indexable page once per locale, each entry naming all its languages (hreflang and x-default). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const db = await getDb();
  const [categories, products] = await Promise.all([listCategories(db), listProductHandles(db)]);
  const pages: Page[] = [
    { path: '/', changeFrequency: 'daily', priority: 1 },
    ...categories.map((c) => ({ path: `/c/${c.slug}`, changeFrequency: 'daily' as const, priority: 0.8 })),
    ...products.map((p) => ({
      path: `/p/${p.handle}`,
      lastModified: p.createdAt,
      changeFrequency: 'weekly' as const,
      priority: 0.6,
    })),
    { path: '/stores', changeFrequency: 'weekly', priority: 0.5 },
    ...HELP_PAGES.map((page) => ({ path: `/help/${page}`, changeFrequency: 'monthly' as const, priority: 0.2 })),
  ];
  return pages.flatMap(({ path, ...page }) => {
    const languages = localeUrls(path);
    return URL_LOCALES.map((locale) => ({ ...page, url: languages[locale], alternates: { languages } }));
  });
}
