'use client';

import { useI18n } from '@/lib/i18n/client';
import type { Money } from '@/lib/money';
import { offerHeadline } from '@/lib/offers/reason';
import { useItemOffer } from '@/lib/offers/use-item-offer';

/**
 * What the offer on this item is, where one applies to it here: "10% off at Aisle Seongsu".
 * Only an offer the item alone gets (its minimum reached by its price) is told on it. Every
 * badge on a page shares one request (the offers query is keyed by place).
 */
export function OfferBadge({
  category,
  price,
  className = '',
}: {
  category: string;
  price: Money;
  className?: string;
}) {
  const { t, locale, intlLocale } = useI18n();
  const applied = useItemOffer({ category, price });
  if (!applied) return null;
  return (
    <span
      className={`rounded-full bg-accent px-2 py-0.5 text-xs font-semibold text-white ${className}`}
      data-testid="offer-badge"
    >
      {offerHeadline(applied.offer, t, locale, intlLocale)}
    </span>
  );
}
