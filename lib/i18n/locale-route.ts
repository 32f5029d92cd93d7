import { DEFAULT_LOCALE, resolveLocale, type Locale } from './translate';
import { localePath, splitLocale } from './locale-path';

/**
 * Pages that have one address whatever the language: the staff console and the developer pages
 * keep following the cookie and the browser, as before locale addresses existed.
 */
const ONE_ADDRESS = /^\/(staff|dev|bench-shell|bench-floor|_aisle)(\/|$)/;
/** Never pages: a prefix in front of these names nothing. */
const NOT_PAGES = /^\/(api|media|_next)(\/|$)/;

export type LocaleRoute =
  /** Serve `path` (the address without its prefix) in `locale`; null: as the cookie and browser say. */
  | { kind: 'serve'; path: string; locale: Locale | null }
  /** Send the browser to `to`: 308 for `/en/…` (never an address), 307 for a first visit. */
  | { kind: 'redirect'; to: string; status: 307 | 308 }
  | { kind: 'not_found'; locale: Locale };

type Asked = {
  method: string;
  pathname: string;
  search: string;
  cookie: string | undefined;
  acceptLanguage: string | null;
  /** Sec-Fetch-Mode: `navigate` for a page the browser opens; absent from crawlers and old browsers. */
  fetchMode: string | null;
};

/**
 * Where a page request goes. A prefixed address is its locale, for everyone. An unprefixed one is
 * the default locale's, except that a browser opening it whose shopper chose another locale (the
 * cookie) or, without a choice, whose languages rank another locale first, is sent to that locale's
 * address (307; the answer varies on Cookie and Accept-Language). Fetches that are not navigations
 * (the router's, the service worker's precache) are never redirected: they get what they asked for.
 */
export function routeLocale(asked: Asked): LocaleRoute {
  const { pathname, search } = asked;
  const prefixed = splitLocale(pathname);
  if (prefixed.locale) {
    if (NOT_PAGES.test(prefixed.path)) return { kind: 'not_found', locale: prefixed.locale };
    return { kind: 'serve', path: prefixed.path, locale: prefixed.locale };
  }
  const explicitDefault = new RegExp(`^/${DEFAULT_LOCALE}(?=$|/)`);
  if (explicitDefault.test(pathname)) {
    return { kind: 'redirect', to: (pathname.slice(DEFAULT_LOCALE.length + 1) || '/') + search, status: 308 };
  }
  if (ONE_ADDRESS.test(pathname)) return { kind: 'serve', path: pathname, locale: null };
  const opening = (asked.method === 'GET' || asked.method === 'HEAD') && (asked.fetchMode ?? 'navigate') === 'navigate';
  if (opening) {
    const preferred = resolveLocale(asked.cookie, asked.acceptLanguage);
    if (preferred !== DEFAULT_LOCALE)
      return { kind: 'redirect', to: localePath(preferred, pathname) + search, status: 307 };
  }
  return { kind: 'serve', path: pathname, locale: DEFAULT_LOCALE };
}
