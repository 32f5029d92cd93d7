import type { Facets } from '@/lib/catalog/schema';
import { listingHref, PAGE_SIZE } from '@/lib/catalog/listing-params';
import type { ProductList, ProductListFilters } from '@/lib/catalog/schema';
import { getI18n } from '@/lib/i18n/server';
import { ListingFilters } from './filters';
import { Pagination } from './pagination';
import { ProductSuggestions } from './product-suggestions';
import { ProductGrid } from './product-grid';

type RawParams = Record<string, string | string[] | undefined>;

/** The body of a category or search page: filters beside a paged product grid. */
export async function ListingView(props: {
  path: string;
  raw: RawParams;
  filters: ProductListFilters;
  page: number;
  facets: Facets;
  result: ProductList;
  emptyTitle?: string;
  emptyHint?: string;
}) {
  const { t } = await getI18n();
  const { path, raw, filters, page, facets, result } = props;
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  return (
    <ListingFilters
      path={path}
      facets={facets}
      active={{
        storeId: filters.storeId,
        size: filters.size ?? [],
        color: filters.color ?? [],
        minPrice: filters.minPrice,
        maxPrice: filters.maxPrice,
        sort: filters.sort,
        q: filters.q,
      }}
    >
      <h2 id="results-heading" className="mb-4 text-sm text-muted" aria-live="polite">
        {t('listing.resultsCount', { count: result.total })}
      </h2>
      {result.items.length > 0 ? (
        <ProductGrid products={result.items} />
      ) : (
        <div className="rounded-lg border border-dashed border-line bg-white p-10 text-center">
          <p className="font-medium">{props.emptyTitle ?? t('listing.noResults')}</p>
          <p className="mt-1 text-sm text-muted">{props.emptyHint ?? t('listing.noResultsHint')}</p>
        </div>
      )}
      {result.items.length === 0 && <ProductSuggestions category={filters.category} />}
      <Pagination
        page={page}
        pages={pages}
        hrefFor={(p) => listingHref(path, raw, { page: p === 1 ? null : String(p) })}
        labels={{
          nav: t('listing.pagination'),
          previous: t('listing.previous'),
          next: t('listing.next'),
          pageOf: t('listing.pageOf', { page, pages }),
        }}
      />
    </ListingFilters>
  );
}
