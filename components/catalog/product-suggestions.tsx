'use client';

import { useEffect } from 'react';
import { useCart } from '@/lib/cart/client';
import { useProductCards, useSuggestions } from '@/lib/catalog/client';
import { recentlyViewed } from '@/lib/catalog/device-list';
import type { ProductSummary } from '@/lib/catalog/schema';
import { useI18n } from '@/lib/i18n/client';
import { CardList } from './card-list';

function CardRow({ id, title, products }: { id: string; title: string; products: ProductSummary[] }) {
  if (products.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-lg font-semibold tracking-tight">
        {title}
      </h2>
      <CardList products={products.slice(0, 4)} className="mt-4 grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-4" />
    </section>
  );
}

/**
 * "You may also like" (the category's products in stock at the shopper's store or online) and
 * "Recently viewed" on this device: on the product page, the empty bag and pages with no results.
 */
export function ProductSuggestions({ category, exclude = [] }: { category?: string; exclude?: string[] }) {
  const { t } = useI18n();
  const { data: cartData } = useCart();
  const storeId = cartData?.cart.pickupStoreId ?? null;
  const recentIds = recentlyViewed.useIds().filter((id) => !exclude.includes(id));
  const recent = useProductCards(recentIds.slice(0, 4));
  const recentCards = recentIds.length ? (recent.data?.items ?? []) : [];
  const inBag = cartData?.cart.lines.map((l) => l.productId) ?? [];
  const similar = useSuggestions({
    category: category ?? recentCards[0]?.category,
    storeId,
    exclude: [...new Set([...exclude, ...recentIds.slice(0, 4), ...inBag])],
    limit: 4,
  });
  return (
    <div data-testid="suggestions">
      <CardRow
        id="also-like"
        title={category ? t('suggest.alsoLike') : t('suggest.forYou')}
        products={similar.data?.items ?? []}
      />
      <CardRow id="recently-viewed" title={t('suggest.recentlyViewed')} products={recentCards} />
    </div>
  );
}

/** Remembers on this device that the shopper looked at this product. */
export function RecordView({ productId }: { productId: string }) {
  useEffect(() => recentlyViewed.add(productId), [productId]);
  return null;
}
