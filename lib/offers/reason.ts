import { formatDistance } from '@/lib/geo/distance';
import { regionName } from '@/lib/geo/regions';
import type { Locale, Translate } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import type { Offer, OfferReason } from './schema';

/** The reason an offer applies, as the shopper reads it: "800 m from Aisle Seongsu". */
export function reasonText(reason: OfferReason, t: Translate, locale: Locale, intlLocale: string): string {
  switch (reason.kind) {
    case 'near_store':
      return t('offers.reasonNear', {
        distance: formatDistance(reason.distanceMeters, intlLocale),
        store: reason.storeName,
      });
    case 'at_store':
      return t('offers.reasonAtStore', { store: reason.storeName });
    case 'region':
      return t('offers.reasonRegion', { region: regionName(reason.region, locale) });
    default:
      return t('offers.reasonEverywhere');
  }
}

/** What an offer takes off, as the shopper reads it: "10% off", "₩15,000 off". */
export function discountText(discount: Offer['discount'], t: Translate, intlLocale: string): string {
  return discount.type === 'percent'
    ? t('offers.percentOff', { percent: discount.percent })
    : t('offers.amountOff', { amount: formatMoney(discount.amount, intlLocale) });
}

/** An offer in a few words, for a badge: "10% off at Aisle Seongsu", "15% off in Busan", "10% off". */
export function offerHeadline(offer: Offer, t: Translate, locale: Locale, intlLocale: string): string {
  const discount = discountText(offer.discount, t, intlLocale);
  const reason = offer.reasonDetail;
  switch (reason.kind) {
    case 'near_store':
    case 'at_store':
      return t('offers.headlineStore', { discount, store: reason.storeName });
    case 'region':
      return t('offers.headlineRegion', { discount, region: regionName(reason.region, locale) });
    default:
      return discount;
  }
}
