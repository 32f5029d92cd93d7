import type { stores } from '@/lib/db/schema';
import type { Locale } from '@/lib/i18n/translate';

/** A store's name in the console's language, falling back to its base (English) name. */
export function localStoreName(
  store: Pick<typeof stores.$inferSelect, 'name' | 'translations'>,
  locale: Locale,
): string {
  return (locale === 'en' ? undefined : store.translations[locale]?.name) ?? store.name;
}
