import { DEFAULT_LOCALE, INTL_LOCALE, isLocale, LOCALES, type Locale } from './translate';

/**
 * Every locale but the default one lives under its own prefix (`/ko/p/x`, `/ja/p/x`); the default
 * locale's pages keep their unprefixed addresses (`/p/x`). The proxy (proxy.ts) strips the prefix
 * and names the locale to the app in this request header, which it always sets itself: a client's
 * own is dropped, so the page at an address is the same for everyone (and for every cache).
 */
export const LOCALE_HEADER = 'x-aisle-locale';

/** `path` (an absolute path, with any query and hash) as it reads in `locale`. */
export function localePath(locale: Locale, path: string): string {
  // Another origin, a fragment, `tel:`: not ours to prefix.
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const { path: bare } = splitLocale(path);
  if (locale === DEFAULT_LOCALE) return bare;
  // The home page of a prefixed locale is `/ko`, its search `/ko?x` never occurs (no query on /).
  if (bare === '/') return `/${locale}`;
  if (bare.startsWith('/?') || bare.startsWith('/#')) return `/${locale}${bare.slice(1)}`;
  return `/${locale}${bare}`;
}

/** The locale an address names by its prefix (null for an unprefixed one) and the path without it. */
export function splitLocale(path: string): { locale: Locale | null; path: string } {
  const match = /^\/([a-z]{2})(?=$|[/?#])/.exec(path);
  const prefix = match?.[1];
  if (!isLocale(prefix) || prefix === DEFAULT_LOCALE) return { locale: null, path };
  const rest = path.slice(prefix.length + 1);
  return { locale: prefix, path: rest === '' || rest.startsWith('?') || rest.startsWith('#') ? `/${rest}` : rest };
}

/** Open Graph's locale form (`ko_KR`). */
export function openGraphLocale(locale: Locale): string {
  return INTL_LOCALE[locale].replace('-', '_');
}

/** Every locale, the default first: the order hreflang links and the sitemap list them in. */
export const URL_LOCALES: readonly Locale[] = [DEFAULT_LOCALE, ...LOCALES.filter((l) => l !== DEFAULT_LOCALE)];
