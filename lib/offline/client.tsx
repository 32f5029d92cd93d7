'use client';

import { useQueryClient } from '@tanstack/react-query';
import { cartKeys } from '@/lib/cart/keys';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import {
  clearWrites,
  enqueueWrite,
  listWrites,
  QUEUE_CHANGED,
  replayWrites,
  SYNC_TAG,
  type QueuedWrite,
  type ReplayOutcome,
} from './cart-queue';
import { afterIdle } from '@/lib/browser/after-idle';
import { SW_MESSAGES } from '@/lib/pwa/cache-policy';
import type { CartData } from '@/lib/cart/client';
import { useI18n } from '@/lib/i18n/client';
import { clearBagSnapshot, readBagSnapshot, saveBagSnapshot } from './bag-snapshot';

const OwnerContext = createContext<string>('g.new');

/** The tag of whose cart this page writes to (see lib/cart/owner-tag.ts). */
export function CartOwnerProvider({ owner, children }: { owner: string; children: ReactNode }) {
  return <OwnerContext.Provider value={owner}>{children}</OwnerContext.Provider>;
}

export const useCartOwner = () => useContext(OwnerContext);

const changed = () => window.dispatchEvent(new Event(QUEUE_CHANGED));

/** Keeps a cart write for later, and asks the browser to replay it when it is online (Background Sync). */
export async function queueCartWrite(write: QueuedWrite): Promise<void> {
  await enqueueWrite(write);
  changed();
  const registration = await navigator.serviceWorker?.getRegistration();
  const sync = (
    registration as (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined
  )?.sync;
  await sync?.register(SYNC_TAG).catch(() => undefined); // not every browser has it; the page replays then
}

/** Forgets the offline queue and the last bag seen (sign-out, account deleted). */
export async function forgetOfflineBag(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await Promise.all([clearWrites(), clearBagSnapshot()]);
  changed();
}

/**
 * Keeps the last bag this page was shown in IndexedDB (lib/offline/bag-snapshot.ts), and a page
 * opened offline starts from it: the bag page opens, the header counts, and a change made
 * offline applies to it at once. The snapshot is the owner's: a page rendered for nobody in
 * particular (the offline bag page the worker keeps, `g.new`) keeps the owner it had.
 */
export function useBagSnapshot() {
  const qc = useQueryClient();
  const owner = useCartOwner();
  const { locale } = useI18n();
  useEffect(() => {
    if (typeof indexedDB === 'undefined') return;
    let live = true;
    if (!navigator.onLine) {
      void readBagSnapshot()
        .then((snapshot) => {
          if (!live || !snapshot || (owner !== 'g.new' && snapshot.owner !== owner)) return;
          // No ETag: the next answer from the server is read in full, whatever was predicted here.
          if (!qc.getQueryData(cartKeys.all))
            qc.setQueryData<CartData>(cartKeys.all, { cart: snapshot.cart, etag: null });
        })
        .catch(() => undefined);
    }
    // A poll that changed nothing (304) hands back the same object: nothing to write.
    let saved: CartData['cart'] | undefined;
    const unsubscribe = qc.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return;
      if (event.query.queryHash !== JSON.stringify(cartKeys.all)) return;
      const cart = (event.query.state.data as CartData | undefined)?.cart;
      if (!cart || cart === saved) return;
      saved = cart;
      void readBagSnapshot()
        .then((last) => {
          const keep = owner === 'g.new' && last && last.cart.id !== null && last.cart.id === cart.id;
          return saveBagSnapshot({ owner: keep ? last.owner : owner, locale, cart, savedAt: Date.now() });
        })
        .catch(() => undefined); // private browsing without IndexedDB: the bag just does not open offline
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [qc, owner, locale]);
}

/** The writes waiting for the connection, kept current across the page. */
export function usePendingWrites(): QueuedWrite[] {
  const [writes, setWrites] = useState<QueuedWrite[]>([]);
  useEffect(() => {
    let live = true;
    const load = () => void listWrites().then((w) => live && setWrites(w));
    load();
    window.addEventListener(QUEUE_CHANGED, load);
    return () => {
      live = false;
      window.removeEventListener(QUEUE_CHANGED, load);
    };
  }, []);
  return writes;
}

/**
 * Replays the queue when the page starts and whenever the connection returns (or the worker
 * says it synced), then refreshes the cart. What the server refused is reported.
 */
export function useReplayQueue(): { refused: ReplayOutcome['refused']; dismiss: () => void } {
  const qc = useQueryClient();
  const [refused, setRefused] = useState<ReplayOutcome['refused']>([]);
  const replay = useCallback(async () => {
    if (!navigator.onLine) return;
    const outcome = await replayWrites();
    if (outcome.applied || outcome.refused.length) {
      changed();
      await qc.invalidateQueries({ queryKey: cartKeys.all });
    }
    if (outcome.refused.length) setRefused((r) => [...r, ...outcome.refused]);
  }, [qc]);
  useEffect(() => {
    // Whatever an earlier visit left waiting goes out once the page has started and the main
    // thread is idle: opening IndexedDB is not hydration's work.
    const cancelStart = afterIdle(() => void replay());
    const onMessage = (e: MessageEvent) => {
      const type = (e.data as { type?: string } | null)?.type;
      // The worker replayed the queue, or emptied it when the session ended.
      if (type === 'CART_SYNCED' || type === SW_MESSAGES.personalDataCleared) {
        changed();
        void qc.invalidateQueries({ queryKey: cartKeys.all });
      }
    };
    window.addEventListener('online', replay);
    navigator.serviceWorker?.addEventListener('message', onMessage);
    return () => {
      cancelStart();
      window.removeEventListener('online', replay);
      navigator.serviceWorker?.removeEventListener('message', onMessage);
    };
  }, [replay, qc]);
  return { refused, dismiss: () => setRefused([]) };
}
