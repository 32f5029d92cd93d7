/**
 * What the service worker may keep. Shared by the worker, the page that talks to it and
 * the tests, so the three cannot disagree.
 */
export const CACHE_NAMES = {
  pages: 'aisle-pages',
  catalogApi: 'aisle-catalog-api',
  images: 'aisle-images',
} as const;

/** Paths whose answers depend on who asks: never cached by the worker. */
const PERSONAL = [
  /^\/api\/(cart|checkout|orders|account|auth|offers|dev)(\/|$)/,
  /^\/(cart|checkout|account|orders|dev)(\/|$)/,
];

export function isPersonal(pathname: string): boolean {
  return PERSONAL.some((p) => p.test(pathname));
}

export const SW_MESSAGES = { skipWaiting: 'SKIP_WAITING', signedOut: 'SIGNED_OUT', version: 'GET_VERSION' } as const;
