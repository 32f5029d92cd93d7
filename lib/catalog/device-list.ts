'use client';

import { useCallback, useSyncExternalStore } from 'react';

/**
 * A short list of product ids kept in this browser's localStorage (recently viewed, a guest's
 * wishlist), newest first, shared by every component and tab that reads it.
 */
export function deviceList(key: string, max: number) {
  const event = `aisle:${key}`;
  let cache: { raw: string | null; ids: string[] } = { raw: null, ids: [] };
  const read = (): string[] => {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(key);
    if (raw === cache.raw) return cache.ids;
    let ids: string[] = [];
    try {
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      if (Array.isArray(parsed)) ids = parsed.filter((v): v is string => typeof v === 'string').slice(0, max);
    } catch {
      // A value another version wrote, or a hand edit: start the list afresh.
    }
    cache = { raw, ids };
    return ids;
  };
  const write = (ids: string[]) => {
    try {
      localStorage.setItem(key, JSON.stringify(ids.slice(0, max)));
    } catch {
      // Storage full or refused (private mode): the list lasts only as long as the page.
    }
    window.dispatchEvent(new Event(event));
  };
  const subscribe = (onChange: () => void) => {
    const onStorage = (e: StorageEvent) => e.key === key && onChange();
    window.addEventListener(event, onChange);
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener(event, onChange);
      window.removeEventListener('storage', onStorage);
    };
  };
  const empty: string[] = [];
  return {
    read,
    add: (id: string) => write([id, ...read().filter((x) => x !== id)]),
    remove: (id: string) => write(read().filter((x) => x !== id)),
    clear: () => write([]),
    /** The list, re-rendering when it changes here or in another tab; empty on the server. */
    useIds(): string[] {
      return useSyncExternalStore(
        subscribe,
        read,
        useCallback(() => empty, []),
      );
    },
  };
}

/** What this device viewed lately (kept on the device only, like a shop's paper trail of the visit). */
export const recentlyViewed = deviceList('aisle-recently-viewed', 12);
