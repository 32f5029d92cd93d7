'use client';

import type { ProductSummary } from '@/lib/catalog/schema';
import { useI18n } from '@/lib/i18n/client';
import { CardsProvider } from './cards-context';
import { ProductCard } from './product-card';

/** A list of product cards drawn in the browser (suggestions, near you, the wishlist), sharing one read of offers and wishlist. */
export function CardList({
  products,
  className,
  testId,
}: {
  products: ProductSummary[];
  className: string;
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <CardsProvider>
      <ul className={className} data-testid={testId}>
        {products.map((p) => (
          <ProductCard key={p.id} product={p} colorCountLabel={t('listing.colorCount', { count: p.colors.length })} />
        ))}
      </ul>
    </CardsProvider>
  );
}
