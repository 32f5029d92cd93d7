import type { Metadata } from 'next';
import { ListingView } from '@/components/catalog/listing-view';
import { SearchForm } from '@/components/layout/search-form';
import { getFacetsIn, listProductsIn } from '@/lib/catalog/localize-catalog';
import { parseListingParams } from '@/lib/catalog/listing-params';
import { getDb } from '@/lib/db';
import { getMarket } from '@/lib/markets/page-market';
import { getI18n } from '@/lib/i18n/server';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { t } = await getI18n();
  const q = (await searchParams).q;
  return {
    title: typeof q === 'string' && q ? t('search.resultsFor', { q }) : t('search.title'),
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const [raw, { t, locale }, market] = await Promise.all([searchParams, getI18n(), getMarket()]);
  const db = await getDb();
  const parsed = parseListingParams(raw);
  // The shopper's market prices the page (and its price filter), whatever the URL says.
  const { page } = parsed;
  const filters = { ...parsed.filters, market: market.code };
  const [facets, result] = await Promise.all([getFacetsIn(db, filters, locale), listProductsIn(db, filters, locale)]);
  const q = filters.q ?? '';
  return (
    <div className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight">
        {q ? t('search.resultsFor', { q }) : t('nav.allProducts')}
      </h1>
      <SearchForm
        className="mt-4 max-w-xl"
        label={t('nav.searchLabel')}
        placeholder={t('search.prompt')}
        submit={t('nav.searchSubmit')}
        defaultValue={q}
      />
      <ListingView
        path="/search"
        raw={raw}
        filters={filters}
        page={page}
        facets={facets}
        result={result}
        emptyTitle={q ? t('search.noResults', { q }) : undefined}
        emptyHint={q ? t('search.noResultsHint') : undefined}
      />
    </div>
  );
}
