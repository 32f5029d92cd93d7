/// <reference lib="webworker" />
import type { WorkboxPlugin } from 'workbox-core';
import { clearBagSnapshot } from '@/lib/offline/bag-snapshot';
import { clearWrites } from '@/lib/offline/cart-queue';
import { answerEndsSession, CACHE_NAMES, ownerInHtml, sessionEnded, SW_MESSAGES } from '../cache-policy';

declare const self: ServiceWorkerGlobalScope;

const OWNER_KEY = '/__aisle/owner';
/** The owner is on the shell's first element, well before the page's content. */
const READ_AT_MOST = 128 * 1024;
const READ_FOR_MS = 2000;

/**
 * Drops what this browser keeps of the signed-in shopper: cached pages (their header and
 * owner tag), cart writes waiting offline and the last bag seen. Shared caches (catalog, images, the anonymous
 * precache) stay.
 */
export async function forgetPersonal(): Promise<void> {
  await Promise.all([
    caches.delete(CACHE_NAMES.pages),
    clearWrites().catch(() => undefined),
    clearBagSnapshot().catch(() => undefined),
  ]);
  await rememberOwner(null);
  for (const client of await self.clients.matchAll({ type: 'window' })) {
    client.postMessage({ type: SW_MESSAGES.personalDataCleared });
  }
}

/** Cached pages whose owner was never noted cannot be vouched for: they go. */
export async function forgetUnownedPages(): Promise<void> {
  if ((await lastOwner()) === null) await caches.delete(CACHE_NAMES.pages);
}

async function lastOwner(): Promise<string | null> {
  const hit = await (await caches.open(CACHE_NAMES.session)).match(OWNER_KEY);
  return hit ? hit.text() : null;
}

async function rememberOwner(owner: string | null): Promise<void> {
  const cache = await caches.open(CACHE_NAMES.session);
  if (owner === null) await cache.delete(OWNER_KEY);
  else await cache.put(OWNER_KEY, new Response(owner));
}

/** Reads a copy of the page only as far as its owner tag; the page itself streams on untouched. */
async function ownerOf(response: Response): Promise<string | null> {
  const reader = response.body?.getReader();
  if (!reader) return null;
  const scan = async () => {
    const decoder = new TextDecoder();
    let html = '';
    while (html.length < READ_AT_MOST) {
      const { done, value } = await reader.read();
      if (done) return null;
      html += decoder.decode(value, { stream: true });
      const owner = ownerInHtml(html);
      // A page that reached its content without naming an owner names none.
      if (owner || html.includes('<main')) return owner;
    }
    return null;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A server slow to send its first bytes delays no page by more than this.
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), READ_FOR_MS)));
  try {
    return await Promise.race([scan(), late]);
  } finally {
    clearTimeout(timer);
    void reader.cancel().catch(() => undefined);
  }
}

/**
 * Learns from the answers it passes on when the session ended: a page rendered for someone
 * other than the account the cached pages were made for, a sign-out, a 401 from an account
 * API. Then personal state goes before the page (and its offline-queue replay) starts.
 */
export const sessionWatch: WorkboxPlugin = {
  fetchDidSucceed: async ({ request, response }) => {
    const { pathname } = new URL(request.url);
    if (request.mode === 'navigate' && response.ok && response.headers.get('content-type')?.includes('text/html')) {
      const owner = await ownerOf(response.clone());
      if (owner) {
        const previous = await lastOwner();
        if (sessionEnded(previous, owner)) await forgetPersonal();
        if (previous !== owner) await rememberOwner(owner);
      }
    } else if (answerEndsSession(request.method, pathname, response.status)) {
      await forgetPersonal();
    }
    return response;
  },
};

/**
 * Precached files are the same for everyone: fetched without cookies, so no one's page is kept.
 * The offline pages are kept once per locale, each at its locale's address, which alone decides
 * its language (a fetch that is not a navigation is never redirected to the browser's).
 */
export const anonymousPrecache: WorkboxPlugin = {
  requestWillFetch: async ({ request }) => new Request(request, { credentials: 'omit' }),
};
