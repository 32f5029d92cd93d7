import { localePath, splitLocale, URL_LOCALES } from '@/lib/i18n/locale-path';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/translate';

/**
 * What the service worker may keep. Shared by the worker, the page that talks to it and
 * the tests, so the three cannot disagree.
 */
export const CACHE_NAMES = {
  pages: 'aisle-pages',
  catalogApi: 'aisle-catalog-api',
  images: 'aisle-images',
  /** Whose pages the worker last saw (one entry): how it notices that a session ended. */
  session: 'aisle-session',
} as const;

/** Paths whose answers depend on who asks: never cached by the worker. */
const PERSONAL = [
  /^\/api\/(cart|checkout|orders|account|auth|offers|dev|staff)(\/|$)/,
  // The staff console: a store's queue or the audit log must never be served from a cache.
  // /bag/from-store carries a hand-off link's one-time token in its address and its HTML.
  /^\/(cart|bag|checkout|account|orders|dev|staff)(\/|$)/,
];

/**
 * Event streams (GET /api/cart/events) the worker leaves to the browser altogether: never cached,
 * and not answered through the worker either, which would hold itself awake for as long as a page
 * stays open and, when the browser stops it, cut the stream where the browser would reconnect it.
 */
const LEFT_TO_BROWSER = [/^\/api\/cart\/events$/];

/** Whether the worker must not intercept this request: a stream of events, by address or by what it accepts. */
export function leftToBrowser(pathname: string, accept: string | null = null): boolean {
  return LEFT_TO_BROWSER.some((p) => p.test(pathname)) || (accept ?? '').includes('text/event-stream');
}

/** `/ko/cart` is as personal as `/cart`: a locale prefix changes the language, not whose page it is. */
export function isPersonal(pathname: string): boolean {
  const { path } = splitLocale(pathname);
  return PERSONAL.some((p) => p.test(path));
}

/**
 * What a page shows offline when it was never kept: the offline page, precached at each locale's
 * address. The bag opens offline from a page that holds no one's data: the shell of the bag, also
 * precached per locale and fetched without cookies; the bag itself comes from IndexedDB
 * (lib/offline/bag-snapshot.ts). The worker serves it for `/cart` (`/ko/cart`…) when the network fails.
 */
const asLocale = (locale: string): Locale => (isLocale(locale) ? locale : DEFAULT_LOCALE);
export const offlinePageUrl = (locale: string) => localePath(asLocale(locale), '/offline');
export const offlineBagUrl = (locale: string) => localePath(asLocale(locale), '/offline/bag');
export const OFFLINE_URLS = URL_LOCALES.flatMap((l) => [offlinePageUrl(l), offlineBagUrl(l)]);

/**
 * What the worker answers for a page it cannot fetch or find: the bag's shell for the bag, else
 * the offline page, in the locale of the address, or for an unprefixed one the locale `fallback`
 * (the shopper's, as the bag last seen says), as the online answer would have redirected to it.
 */
export function offlineFallbackUrl(pathname: string, fallback: string): string {
  const { locale, path } = splitLocale(pathname);
  const chosen = locale ?? fallback;
  return path === '/cart' ? offlineBagUrl(chosen) : offlinePageUrl(chosen);
}

export const SW_MESSAGES = {
  skipWaiting: 'SKIP_WAITING',
  signedOut: 'SIGNED_OUT',
  version: 'GET_VERSION',
  /** From the worker: it dropped the cached pages and the offline queue. */
  personalDataCleared: 'PERSONAL_DATA_CLEARED',
} as const;

/**
 * Every storefront page names its cart owner (lib/cart/owner-tag.ts) on the shell's first
 * element, so the worker can read it from the first bytes of a page it fetches.
 */
export const OWNER_ATTRIBUTE = 'data-aisle-owner';

const OWNER_IN_HTML = new RegExp(`${OWNER_ATTRIBUTE}="([ug]\\.[A-Za-z0-9_-]{1,40})"`);

/** The owner a page was rendered for, or null if the HTML read so far names none. */
export function ownerInHtml(html: string): string | null {
  return OWNER_IN_HTML.exec(html)?.[1] ?? null;
}

/**
 * Cached pages were rendered for `previous`; a page now rendered for someone else means the
 * account's session ended (signed out here or elsewhere, revoked, deleted) or another
 * account signed in. Guests' pages hold nothing personal, so only an account's count.
 */
export function sessionEnded(previous: string | null, current: string): boolean {
  return previous !== null && previous.startsWith('u.') && current !== previous;
}

/** An answer that ends this browser's session, or says it has none: sign-out, or a 401 from an account API. */
export function answerEndsSession(method: string, pathname: string, status: number): boolean {
  if (pathname === '/api/auth/signout') return method === 'POST' && status < 400;
  if (pathname === '/api/account' && method === 'DELETE') return status < 400;
  return status === 401 && /^\/api\/(account|orders)(\/|$)/.test(pathname);
}
