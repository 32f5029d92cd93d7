import { formatDistance } from '@/lib/geo/distance';
import { regionName } from '@/lib/geo/regions';
import type { Locale, Translate } from '@/lib/i18n/translate';
import type { OfferReason } from './schema';

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
