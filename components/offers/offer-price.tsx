'use client';

import { useI18n } from '@/lib/i18n/client';
import { formatMoney, type Money } from '@/lib/money';
import { useItemOffer } from '@/lib/offers/use-item-offer';

/**
 * A price, and where an automatic offer applies to this item here, the price the bag will
 * charge for it with the original struck through (both read out to screen readers).
 */
export function OfferPrice({
  category,
  price,
  className = '',
  testId,
}: {
  category: string;
  price: Money;
  className?: string;
  testId?: string;
}) {
  const { t, intlLocale } = useI18n();
  const offer = useItemOffer({ category, price });
  if (!offer) {
    return (
      <p className={className} data-testid={testId}>
        {formatMoney(price, intlLocale)}
      </p>
    );
  }
  return (
    <p className={className} data-testid={testId}>
      <span className="sr-only">{t('offers.priceNow')} </span>
      <span className="font-semibold text-accent" data-testid="offer-price">
        {formatMoney(offer.price, intlLocale)}
      </span>{' '}
      <s className="text-[0.85em] text-muted" data-testid="original-price">
        <span className="sr-only">{t('offers.priceWas')} </span>
        {formatMoney(price, intlLocale)}
      </s>
    </p>
  );
}
