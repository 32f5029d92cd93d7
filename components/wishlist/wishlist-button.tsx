'use client';

import { useState } from 'react';
import { WithCardWishlist } from '@/components/catalog/cards-context';
import type { ProductSummary } from '@/lib/catalog/schema';
import { useI18n } from '@/lib/i18n/client';
import { useToggleWishlist } from '@/lib/wishlist/client';

type Props = { product: ProductSummary; className?: string; size?: 'md' | 'lg' };

/**
 * The heart: a toggle button (aria-pressed) that keeps the product on the shopper's wishlist.
 * In a grid of cards the wishlist is read once for all of them (components/catalog/cards-context.tsx).
 */
export function WishlistButton(props: Props) {
  return <WithCardWishlist>{(ids) => <Heart {...props} ids={ids} />}</WithCardWishlist>;
}

function Heart({ product, className = '', size = 'md', ids }: Props & { ids: Set<string> }) {
  const { t } = useI18n();
  const toggle = useToggleWishlist();
  const [status, setStatus] = useState('');
  const kept = ids.has(product.id);
  const onClick = () => {
    const keep = !kept;
    toggle.mutate(
      { product, keep },
      {
        onSuccess: () => setStatus(keep ? t('wishlist.saved') : t('wishlist.removed')),
        onError: () => setStatus(t('wishlist.failed')),
      },
    );
  };
  const box = size === 'lg' ? 'size-12' : 'size-10';
  return (
    <>
      <button
        type="button"
        aria-pressed={kept}
        aria-label={t('wishlist.add', { title: product.title })}
        onClick={onClick}
        className={`z-10 inline-flex ${box} items-center justify-center rounded-full border border-line bg-white/90 text-ink shadow-sm hover:bg-white ${className}`}
      >
        <svg
          aria-hidden
          viewBox="0 0 24 24"
          className="size-5"
          fill={kept ? 'currentColor' : 'none'}
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M12 20.5s-7.5-4.6-9.3-9.2C1.4 8 3.3 4.5 6.9 4.5c2 0 3.4 1.1 5.1 3 1.7-1.9 3.1-3 5.1-3 3.6 0 5.5 3.5 4.2 6.8-1.8 4.6-9.3 9.2-9.3 9.2z" />
        </svg>
      </button>
      <span role="status" className="sr-only">
        {status}
      </span>
    </>
  );
}
