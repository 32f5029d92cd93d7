'use client';

import { WithCardOffers } from '@/components/catalog/cards-context';
import { useI18n } from '@/lib/i18n/client';
import { formatMoney, type Money } from '@/lib/money';
import { itemOffer } from '@/lib/offers/item-offer';
import type { Offer } from '@/lib/offers/schema';

type Props = {
  category: string;
  price: Money;
  className?: string;
  testId?: string;
  /** The price as the server wrote it, in the page's locale: hydrating then formats nothing. */
  text?: string;
};

/**
 * A price, and where an automatic offer applies to this item here, the price the bag will
 * charge for it with the original struck through (both read out to screen readers). In a grid
 * of cards the offers are read once for all of them (components/catalog/cards-context.tsx).
 */
export function OfferPrice(props: Props) {
  return <WithCardOffers>{(offers) => <Price {...props} offers={offers} />}</WithCardOffers>;
}

function Price({ category, price, className = '', testId, text, offers }: Props & { offers: Offer[] | undefined }) {
  const { t, intlLocale } = useI18n();
  const offer = offers ? itemOffer(offers, { category, price }) : null;
  if (!offer) {
    return (
      <p className={className} data-testid={testId}>
        {text ?? formatMoney(price, intlLocale)}
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
