import type { StoreText, StoreTranslations } from '@/lib/db/schema';

type BaseText = { name: string; street: string; city: string };

/**
 * A store's name and address lines in `locale`: the translation where the retailer gave one,
 * field by field, else the base (English) text. For pages that speak the shopper's language.
 */
export function storeTextIn(
  store: BaseText & { translations: StoreTranslations },
  locale: string,
): Required<StoreText> {
  const own = locale === 'ko' || locale === 'ja' ? store.translations[locale] : undefined;
  return {
    name: own?.name ?? store.name,
    street: own?.street ?? store.street,
    city: own?.city ?? store.city,
  };
}
