import type { StoreText, StoreTranslations } from '@/lib/db/schema/stores';

type BaseText = { name: string; street: string; city: string };
type Field = keyof BaseText;
type Shown = Required<StoreText> & Partial<Record<`${Field}Lang`, 'en'>>;

/**
 * A store's name and address lines in `locale`: the translation where the retailer gave one,
 * field by field, else the base (English) text, with `…Lang: 'en'` so the page marks it.
 */
export function storeTextIn(store: BaseText & { translations: StoreTranslations }, locale: string): Shown {
  if (locale === 'en') return { name: store.name, street: store.street, city: store.city };
  const own: StoreText | undefined = (store.translations as Record<string, StoreText>)[locale];
  const out = {} as Shown;
  for (const field of ['name', 'street', 'city'] as const) {
    out[field] = own?.[field] ?? store[field];
    if (!own?.[field]) out[`${field}Lang`] = 'en';
  }
  return out;
}

type Address = { street: string; city: string; postalCode: string; country: string };

/**
 * One line of a store's address as the locale writes addresses: Japanese from the prefecture down
 * (〒 before a Japanese postcode), Korean from the city down with the postcode after, English from
 * the street up. Give `'en'` for an address left in English (the store's `addressLang`).
 */
export function addressLine(a: Address, locale: string): string {
  if (locale === 'ja') {
    return a.country === 'JP' ? `〒${a.postalCode} ${a.city}${a.street}` : `${a.city} ${a.street} ${a.postalCode}`;
  }
  if (locale === 'ko') return `${a.city} ${a.street} (${a.postalCode})`;
  return `${a.street}, ${a.city} ${a.postalCode}`;
}
