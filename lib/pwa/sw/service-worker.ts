/// <reference lib="webworker" />
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import {
  addPlugins,
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly, StaleWhileRevalidate } from 'workbox-strategies';
import { readBagSnapshot } from '@/lib/offline/bag-snapshot';
import { replayWrites, SYNC_TAG } from '@/lib/offline/cart-queue';
import { LOCALES } from '@/lib/i18n/translate';
import { CACHE_NAMES, isPersonal, leftToBrowser, offlineFallbackUrl, SW_MESSAGES } from '../cache-policy';
import { anonymousPrecache, forgetPersonal, forgetUnownedPages, sessionWatch } from './session-watch';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };
declare const __AISLE_SW_VERSION__: string;

// The first worker takes the open pages at once; an update waits until the shopper reloads.
clientsClaim();

// The app shell: this build's scripts and styles, the icons and the offline page, as anyone sees them.
addPlugins([anonymousPrecache]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Anything that depends on who asks goes to the network and is never stored here.
// Their answers (a sign-out, a 401) and every page also tell the worker when a session ended.
// An event stream matches no route at all: the browser fetches it as if there were no worker.
registerRoute(
  ({ url, request, sameOrigin }) =>
    sameOrigin && isPersonal(url.pathname) && !leftToBrowser(url.pathname, request.headers.get('accept')),
  new NetworkOnly({ plugins: [sessionWatch] }),
);

// Routes match GET alone unless told: a sign-out (POST) and an account's deletion (DELETE) pass
// through here too, so the worker hears of them even when no page tells it.
for (const method of ['POST', 'DELETE'] as const) {
  registerRoute(
    ({ url, sameOrigin }) => sameOrigin && (url.pathname === '/api/auth/signout' || url.pathname === '/api/account'),
    new NetworkOnly({ plugins: [sessionWatch] }),
    method,
  );
}

registerRoute(
  ({ url, sameOrigin }) => sameOrigin && /^\/api\/(products|categories|stores|availability)(\/|$)/.test(url.pathname),
  new StaleWhileRevalidate({
    cacheName: CACHE_NAMES.catalogApi,
    plugins: [
      new CacheableResponsePlugin({ statuses: [200] }),
      new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 24 * 60 * 60 }),
    ],
  }),
);

registerRoute(
  ({ url, sameOrigin }) => sameOrigin && (url.pathname.startsWith('/media/') || url.pathname.startsWith('/icons/')),
  new CacheFirst({
    cacheName: CACHE_NAMES.images,
    plugins: [
      new CacheableResponsePlugin({ statuses: [200] }),
      new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true }),
    ],
  }),
);

// Pages: the network first (fresh stock and prices), the last copy when offline.
registerRoute(
  ({ request, url, sameOrigin }) => sameOrigin && request.mode === 'navigate' && !isPersonal(url.pathname),
  new NetworkFirst({
    cacheName: CACHE_NAMES.pages,
    networkTimeoutSeconds: 5,
    plugins: [
      sessionWatch,
      new CacheableResponsePlugin({ statuses: [200] }),
      new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 7 * 24 * 60 * 60 }),
    ],
  }),
);

/** The language offline for an unprefixed address: the shopper's when the bag was last seen, else the browser's. */
async function shopperLocale(): Promise<string> {
  const snapshot = await readBagSnapshot().catch(() => null);
  const browser = self.navigator.languages.map((l) => l.toLowerCase().split('-')[0] ?? '');
  return snapshot?.locale ?? browser.find((l) => (LOCALES as readonly string[]).includes(l)) ?? 'en';
}

// A page that is not cached (or personal) while offline: the offline page. The bag has a page
// of its own that holds no one's data and shows the bag this browser keeps (lib/offline).
setCatchHandler(async ({ request }) => {
  if (request.mode !== 'navigate') return Response.error();
  const fallback = offlineFallbackUrl(new URL(request.url).pathname, await shopperLocale());
  return (await matchPrecache(fallback)) ?? (await matchPrecache('/offline')) ?? Response.error();
});

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const type = (event.data as { type?: string } | null)?.type;
  if (type === SW_MESSAGES.skipWaiting) void self.skipWaiting();
  if (type === SW_MESSAGES.version) event.ports[0]?.postMessage(__AISLE_SW_VERSION__);
  // Signing out: pages carry the signed-in header, so they go too, and so does the queue.
  if (type === SW_MESSAGES.signedOut) event.waitUntil(forgetPersonal());
});

// Pages cached by a worker that did not note whose they were (an older version) go at activation.
self.addEventListener('activate', (event: ExtendableEvent) => event.waitUntil(forgetUnownedPages()));

// Background Sync: cart writes made offline are replayed as soon as the browser is online,
// even with no Aisle page open; the pages are told to refresh their bag.
self.addEventListener('sync', (event: Event) => {
  const sync = event as ExtendableEvent & { tag: string };
  if (sync.tag !== SYNC_TAG) return;
  sync.waitUntil(
    replayWrites().then(async (outcome) => {
      for (const client of await self.clients.matchAll({ type: 'window' })) {
        client.postMessage({ type: 'CART_SYNCED', outcome });
      }
      // Still offline: fail the sync so the browser tries again later.
      if (outcome.stillOffline) throw new Error('offline');
    }),
  );
});
