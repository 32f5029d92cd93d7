import 'server-only';
import { readCookie } from '@/lib/http/read-cookie';
import { LOCALE_HEADER } from './locale-path';
import { isLocale, LOCALE_COOKIE, resolveLocale, type Locale } from './translate';

/**
 * A route handler's locale: the locale of the page that called (our client sends it, see
 * lib/http/client-fetch.ts), else the shopper's choice, else the browser's languages. So an e-mail
 * caused on a /ko page is in Korean even for a shopper who never touched the language switch.
 */
export function requestLocale(headers: Headers): Locale {
  const stated = headers.get(LOCALE_HEADER);
  if (isLocale(stated)) return stated;
  return resolveLocale(readCookie(headers, LOCALE_COOKIE) ?? undefined, headers.get('accept-language'));
}
