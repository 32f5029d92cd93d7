import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { LOCALE_HEADER } from './locale-path';
import { getMessages } from './catalogs';
import { createTranslator, INTL_LOCALE, isLocale, LOCALE_COOKIE, resolveLocale } from './translate';

/**
 * The request's locale and translator; read once per request. A page's address names it (the
 * proxy's header); pages with one address for every language fall back to the shopper's choice
 * (cookie), then the browser's languages.
 */
export const getI18n = cache(async () => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const named = headerStore.get(LOCALE_HEADER);
  const locale = isLocale(named)
    ? named
    : resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get('accept-language'));
  // The whole catalog stays here: a client provider is handed `clientMessages` (lib/i18n/catalogs.ts).
  return { locale, intlLocale: INTL_LOCALE[locale], t: createTranslator(getMessages(locale), INTL_LOCALE[locale]) };
});
