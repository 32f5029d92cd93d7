import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { createTranslator, getMessages, INTL_LOCALE, LOCALE_COOKIE, resolveLocale } from './translate';

/** The request's locale and translator; read once per request. */
export const getI18n = cache(async () => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get('accept-language'));
  const messages = getMessages(locale);
  return { locale, intlLocale: INTL_LOCALE[locale], messages, t: createTranslator(messages, INTL_LOCALE[locale]) };
});
