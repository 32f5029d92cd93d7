'use client';

import { WithCardOffers } from '@/components/catalog/cards-context';
import { useI18n } from '@/lib/i18n/client';
import type { Money } from '@/lib/money';
import { itemOffer } from '@/lib/offers/item-offer';
import { offerHeadline } from '@/lib/offers/reason';
import type { Offer } from '@/lib/offers/schema';

type Props = { category: string; price: Money; className?: string };

/**
 * What the offer on this item is, where one applies to it here: "10% off at Aisle Seongsu".
 * Only an offer the item alone gets (its minimum reached by its price) is told on it. Every
 * badge on a page shares one request (the offers query is keyed by place); in a grid, one read.
 */
export function OfferBadge(props: Props) {
  return <WithCardOffers>{(offers) => <Badge {...props} offers={offers} />}</WithCardOffers>;
}

function Badge({ category, price, className = '', offers }: Props & { offers: Offer[] | undefined }) {
  const { t, locale, intlLocale } = useI18n();
  const applied = offers ? itemOffer(offers, { category, price }) : null;
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
