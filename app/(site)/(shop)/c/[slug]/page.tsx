import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/catalog/breadcrumbs';
import { ListingView } from '@/components/catalog/listing-view';
import { getFacetsIn, listCategoriesIn, listProductsIn } from '@/lib/catalog/localize-catalog';
import { parseListingParams } from '@/lib/catalog/listing-params';
import { getDb } from '@/lib/db';
import { localeMetadata } from '@/lib/i18n/page-metadata';
import { getMarket } from '@/lib/markets/page-market';
import { getI18n } from '@/lib/i18n/server';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function findCategory(slug: string) {
  const [db, { locale }] = await Promise.all([getDb(), getI18n()]);
  return (await listCategoriesIn(db, locale)).find((c) => c.slug === slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await findCategory((await params).slug);
  if (!category) return {};
  return {
    title: category.name,
    description: category.description,
    ...(await localeMetadata(`/c/${category.slug}`, { title: category.name, description: category.description })),
  };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const [{ slug }, raw, { t, locale }, market] = await Promise.all([params, searchParams, getI18n(), getMarket()]);
  const category = await findCategory(slug);
  if (!category) notFound();
  const db = await getDb();
  const parsed = parseListingParams(raw, { category: slug });
  // The shopper's market prices the page (and its price filter), whatever the URL says.
  const { page } = parsed;
  const filters = { ...parsed.filters, market: market.code };
  const [facets, result] = await Promise.all([getFacetsIn(db, filters, locale), listProductsIn(db, filters, locale)]);
  return (
    <div className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
      <Breadcrumbs
        label={t('nav.breadcrumb')}
        trail={[{ href: '/', name: t('nav.home') }]}
        current={category.name}
        currentLang={category.nameLang}
      />
      <h1 className="mt-3 text-3xl font-semibold tracking-tight" lang={category.nameLang}>
        {category.name}
      </h1>
      <p className="mt-2 max-w-2xl text-muted" lang={category.descriptionLang}>
        {category.description}
      </p>
      <ListingView path={`/c/${slug}`} raw={raw} filters={filters} page={page} facets={facets} result={result} />
    </div>
  );
}
