import { marketOfCurrency } from '@/lib/markets/markets';
import type { Money } from '@/lib/money';
import { bestFirst, discountOn } from './engine';
import type { Offer } from './schema';

export type ItemOffer = { offer: Offer; discount: Money; price: Money };

/** An offer prices an item only in its own market: the item's price is in that market's currency. */
const sameMarket = (offer: Offer, price: Money) => marketOfCurrency(price.currency)?.code === offer.market;
const covers = (offer: Offer, category: string) => !offer.categorySlugs || offer.categorySlugs.includes(category);
const minimumOf = (offer: Offer) => offer.minSubtotal?.amount ?? 0;
const asRule = (offer: Offer) =>
  offer.discount.type === 'percent'
    ? ({ type: 'percent', percent: offer.discount.percent } as const)
    : ({ type: 'fixed', amount: offer.discount.amount.amount } as const);

/**
 * What one of this item costs in a bag of its own, here and now: the automatic offer the bag
 * would apply to it (the engine's stacking rule, `chooseOffers`, on a one-line basket), so the
 * card, the product page and the bag agree to the won. Offers whose minimum the item alone
 * does not reach are not its price.
 */
export function itemOffer(offers: Offer[], item: { category: string; price: Money }): ItemOffer | null {
  const best = offers
    .filter(
      (o) =>
        !o.code &&
        sameMarket(o, item.price) &&
        covers(o, item.category) &&
        item.price.amount > 0 &&
        item.price.amount >= minimumOf(o) &&
        (o.discount.type === 'percent' || o.discount.amount.currency === item.price.currency),
    )
    .map((offer) => ({
      offer,
      amount: discountOn(asRule(offer), item.price.amount),
      endsAt: offer.endsAt ? Date.parse(offer.endsAt) : null,
      id: offer.id,
    }))
    .filter((c) => c.amount > 0)
    .sort(bestFirst)[0];
  if (!best) return null;
  return {
    offer: best.offer,
    discount: { amount: best.amount, currency: item.price.currency },
    price: { amount: item.price.amount - best.amount, currency: item.price.currency },
  };
}

/** The codes worth telling on this item's page: they cover it, and it alone reaches their minimum. */
export function codesForItem(offers: Offer[], item: { category: string; price: Money }): Offer[] {
  return offers.filter(
    (o) => o.code && sameMarket(o, item.price) && covers(o, item.category) && item.price.amount >= minimumOf(o),
  );
}
