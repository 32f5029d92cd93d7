import 'server-only';
import { readCookie } from '@/lib/http/read-cookie';
import { LOCALE_COOKIE, resolveLocale, type Locale } from './translate';

/** A route handler's locale, as pages resolve it: the shopper's choice, else the browser's languages. */
export function requestLocale(headers: Headers): Locale {
  return resolveLocale(readCookie(headers, LOCALE_COOKIE) ?? undefined, headers.get('accept-language'));
}
