import type { ProductSummary } from '@/lib/catalog/schema';
import { getI18n } from '@/lib/i18n/server';
import { formatMoney } from '@/lib/money';
import { CardsProvider } from './cards-context';
import { ProductCard } from './product-card';

/** A responsive grid of product cards; the first row loads eagerly for a fast LCP. */
export async function ProductGrid({ products, eagerCount = 4 }: { products: ProductSummary[]; eagerCount?: number }) {
  const { t, intlLocale } = await getI18n();
  return (
    <CardsProvider>
      <ul className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4">
        {products.map((p, i) => (
          <ProductCard
            key={p.id}
            product={p}
            eager={i < eagerCount}
            // Intl.NumberFormat's first use on a page loads ICU's number data: done here, not in hydration.
            priceText={formatMoney(p.price, intlLocale)}
            colorCountLabel={t('listing.colorCount', { count: p.colors.length })}
          />
        ))}
      </ul>
    </CardsProvider>
  );
}
