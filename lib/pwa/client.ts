'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Workbox } from 'workbox-window';
import { afterIdle } from '@/lib/browser/after-idle';
import { recentlyViewed } from '@/lib/catalog/device-list';
import { forgetOfflineBag } from '@/lib/offline/client';
import { CACHE_NAMES, SW_MESSAGES } from './cache-policy';

let workbox: Workbox | null = null;

/**
 * Registers /sw.js (production builds only) and reports when a new version waits. `update`
 * tells the waiting worker to take over; the page reloads once it controls.
 */
export function useServiceWorker(enabled: boolean) {
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    if (!enabled || !('serviceWorker' in navigator) || workbox) return;
    let cancelled = false;
    let cancelIdle = () => {};
    const start = async () => {
      const { Workbox } = await import('workbox-window');
      if (cancelled || workbox) return;
      workbox = new Workbox('/sw.js', { scope: '/' });
      workbox.addEventListener('waiting', () => setWaiting(true));
      void workbox.register();
    };
    // A first install downloads the whole precache: after the page has loaded and hydrated, when
    // the main thread is idle, not while the page loads.
    const onLoad = () => {
      cancelIdle = afterIdle(() => void start());
    };
    if (document.readyState === 'complete') onLoad();
    else window.addEventListener('load', onLoad, { once: true });
    return () => {
      cancelled = true;
      cancelIdle();
      window.removeEventListener('load', onLoad);
    };
  }, [enabled]);
  return {
    waiting,
    update: () => {
      // Only an update the shopper asked for reloads the page, never the first install.
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
      workbox?.messageSkipWaiting();
    },
  };
}

const onlineSubscribe = (cb: () => void) => {
  window.addEventListener('online', cb);
  window.addEventListener('offline', cb);
  return () => {
    window.removeEventListener('online', cb);
    window.removeEventListener('offline', cb);
  };
};

export function useOnline(): boolean {
  return useSyncExternalStore(
    onlineSubscribe,
    () => navigator.onLine,
    () => true,
  );
}

/**
 * Drops everything personal this browser keeps for the site: cart writes still waiting, the
 * products recently viewed, the worker's page cache and (belt and braces) any cache whose name is not one of the shared
 * ones. Called on sign-out and account deletion.
 */
export async function forgetPersonalData(): Promise<void> {
  navigator.serviceWorker?.controller?.postMessage({ type: SW_MESSAGES.signedOut });
  // What the account looked at is its own: the next person at a shared device does not see it.
  recentlyViewed.clear();
  await forgetOfflineBag();
  if (typeof caches === 'undefined') return;
  const shared = new Set<string>([CACHE_NAMES.catalogApi, CACHE_NAMES.images]);
  for (const name of await caches.keys()) {
    if (!shared.has(name) && !name.startsWith('workbox-precache')) await caches.delete(name);
  }
}

const noSubscription = () => () => {};

type InstallPrompt = Event & { prompt: () => Promise<void>; userChoice: Promise<{ outcome: string }> };

/** The browser's install prompt when it offers one; iOS never does, so it gets instructions. */
export function useInstallPrompt() {
  const [prompt, setPrompt] = useState<InstallPrompt | null>(null);
  const ios = useSyncExternalStore(
    noSubscription,
    () => !window.matchMedia('(display-mode: standalone)').matches && /iphone|ipad|ipod/i.test(navigator.userAgent),
    () => false,
  );
  useEffect(() => {
    const onPrompt = (e: Event) => {
      e.preventDefault();
      setPrompt(e as InstallPrompt);
    };
    window.addEventListener('beforeinstallprompt', onPrompt);
    window.addEventListener('appinstalled', () => setPrompt(null));
    return () => window.removeEventListener('beforeinstallprompt', onPrompt);
  }, []);
  return {
    canInstall: prompt !== null,
    ios,
    install: async () => {
      if (!prompt) return;
      await prompt.prompt();
      await prompt.userChoice;
      setPrompt(null);
    },
  };
}
