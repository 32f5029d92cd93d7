'use client';

import { mutationOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiFetch, pageLocaleHeaders } from '@/lib/http/client-fetch';
import { locationHeaders } from '@/lib/offers/client';
import { queueCartWrite, useCartOwner } from '@/lib/offline/client';
import { cartEtag } from './etag';
import { cartKeys } from './keys';
import {
  predictAddLine,
  predictDismissNotices,
  predictPickupStore,
  predictRemoveLine,
  predictUpdateLine,
  withoutReorderNotices,
  type AddLineInput,
  type UpdateLineInput,
} from './predict-cart';
import type { MarketCode } from '@/lib/markets/markets';
import type { BuyAgainBody, Cart } from './schema';

/** How often an open page asks whether the cart changed on another device (304 when not), without a stream. */
export const CART_POLL_MS = 2000;
/** The same while the page's event stream is open (lib/cart/cart-stream.ts): a fallback, should an event be lost. */
export const CART_STREAM_POLL_MS = 30_000;

/** Whether this page's cart event stream is open: the poll slows down while it is. */
let cartStreamOpen = false;

export { cartKeys };

export type CartData = { cart: Cart; etag: string | null };

async function fetchCart(qc: QueryClient): Promise<CartData> {
  const previous = qc.getQueryData<CartData>(cartKeys.all);
  const response = await fetch('/api/cart', {
    credentials: 'same-origin',
    headers: {
      ...(previous?.etag ? { 'if-none-match': previous.etag } : {}),
      ...locationHeaders(),
      ...pageLocaleHeaders(),
    },
    cache: 'no-store',
  });
  if (response.status === 304 && previous) return previous;
  if (!response.ok) throw new Error(`Cart request failed: ${response.status}`);
  return { cart: (await response.json()) as Cart, etag: response.headers.get('etag') };
}

/**
 * Hears of the bag's changes on other devices as they happen (GET /api/cart/events): each one reads
 * the cart again. A signed-in shopper follows the account (`owner`, from the first render), a guest
 * the bag once there is one. The stream's code loads after the page; until it is open, or should
 * it fail, the page polls every 2 s as before.
 */
function useCartStream(follow: string | null) {
  const qc = useQueryClient();
  useEffect(() => {
    if (!follow || typeof EventSource === 'undefined') return;
    const changed = () => void qc.invalidateQueries({ queryKey: cartKeys.all });
    let release: (() => void) | undefined;
    let cancelled = false;
    import('./cart-stream').then(
      ({ followCart }) => {
        if (cancelled) return;
        release = followCart(follow, {
          changed,
          opened: (open) => {
            cartStreamOpen = open;
            // Reading the cart now also sets the poll to the new pace (refetchInterval is asked again).
            changed();
          },
        });
      },
      (error: unknown) => console.warn('[cart] no live updates, polling instead:', error),
    );
    return () => {
      cancelled = true;
      release?.();
    };
  }, [follow, qc]);
}

export function useCart() {
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: cartKeys.all,
    queryFn: () => fetchCart(qc),
    refetchInterval: () => (cartStreamOpen ? CART_STREAM_POLL_MS : CART_POLL_MS),
    refetchOnWindowFocus: true,
  });
  const owner = useCartOwner();
  useCartStream(owner.startsWith('u.') ? owner : (query.data?.cart.id ?? null));
  return query;
}

const etagOf = (cart: Cart) => (cart.id ? cartEtag(cart) : null);

/** One cart write as a request: what is sent now, or queued when offline. */
type CartRequest = {
  method: 'POST' | 'PATCH' | 'DELETE' | 'PUT';
  path: string;
  json?: unknown;
  /** Offline, this write may wait for the connection (adding, changing, removing lines). */
  queueable?: { label: string; quantity: number };
};

/** What a write returns: the server's cart, or word that it was kept for when the connection returns. */
export type CartWriteResult = Cart | { queued: true };
export const wasQueued = (r: CartWriteResult): r is { queued: true } => 'queued' in r;

/** One kind of cart write: its request, its predicted effect, and what of the answer is cached. */
type CartWrite<V> = {
  describe: (v: V) => CartRequest;
  predict: (cart: Cart, v: V) => Cart;
  toCache?: (cart: Cart) => Cart;
};

/**
 * A cart write: applied to the cached cart at once, rolled back if the server refuses.
 * Each action carries its own Idempotency-Key, reused by retries and by an offline replay,
 * and the owner it was made for. Offline, a queueable write waits in IndexedDB (shown as
 * pending) instead of failing.
 */
export function cartWriteOptions<V>(qc: QueryClient, owner: string, write: CartWrite<V>) {
  const { describe, predict, toCache = (cart: Cart) => cart } = write;
  return mutationOptions({
    // Offline is handled here (the write is queued), not by TanStack Query pausing it.
    networkMode: 'always',
    mutationFn: async (v: V & { key: string }): Promise<CartWriteResult> => {
      const request = describe(v);
      const queue = async () => {
        await queueCartWrite({
          key: v.key,
          owner,
          method: request.method,
          path: request.path,
          body: request.json === undefined ? null : JSON.stringify(request.json),
          label: request.queueable!.label,
          quantity: request.queueable!.quantity,
          createdAt: Date.now(),
        });
        return { queued: true as const };
      };
      if (request.queueable && !navigator.onLine) return queue();
      try {
        return await apiFetch<Cart>(request.path, {
          method: request.method,
          headers: { 'idempotency-key': v.key, 'x-aisle-owner': owner, ...locationHeaders() },
          ...(request.json === undefined ? {} : { json: request.json }),
        });
      } catch (error) {
        // The connection dropped on the way: the same write, with the same key, waits.
        if (request.queueable && error instanceof TypeError) return queue();
        throw error;
      }
    },
    onMutate: async (v) => {
      await qc.cancelQueries({ queryKey: cartKeys.all });
      const previous = qc.getQueryData<CartData>(cartKeys.all);
      if (previous) qc.setQueryData<CartData>(cartKeys.all, { ...previous, cart: predict(previous.cart, v) });
      return { previous };
    },
    onError: (_error, _v, context) => {
      if (context?.previous) qc.setQueryData(cartKeys.all, context.previous);
    },
    onSuccess: (result) => {
      // A queued write keeps its predicted effect until the replay brings the server's cart.
      if (wasQueued(result)) return;
      qc.setQueryData<CartData>(cartKeys.all, { cart: toCache(result), etag: etagOf(result) });
    },
  });
}

function useCartMutation<V>(write: CartWrite<V>) {
  const qc = useQueryClient();
  const owner = useCartOwner();
  return useMutation(cartWriteOptions(qc, owner, write));
}

const lineLabel = (d: { title: string; options: { size?: string; color?: string } }) =>
  [d.title, d.options.color, d.options.size].filter(Boolean).join(' · ');

export const cartWrites = {
  addLine: {
    describe: (v) => ({
      method: 'POST',
      path: '/api/cart/lines',
      json: { variantId: v.variantId, quantity: v.quantity, fulfillment: v.fulfillment },
      queueable: { label: lineLabel(v.display), quantity: v.quantity },
    }),
    predict: predictAddLine,
  } satisfies CartWrite<AddLineInput>,
  updateLine: {
    describe: (v) => ({
      method: 'PATCH',
      path: `/api/cart/lines/${encodeURIComponent(v.lineId)}`,
      json: { quantity: v.quantity, fulfillment: v.fulfillment },
      queueable: { label: v.label ?? '', quantity: v.quantity ?? 0 },
    }),
    predict: predictUpdateLine,
  } satisfies CartWrite<UpdateLineInput>,
  removeLine: {
    describe: (v) => ({
      method: 'DELETE',
      path: `/api/cart/lines/${encodeURIComponent(v.lineId)}`,
      queueable: { label: v.label ?? '', quantity: 0 },
    }),
    predict: predictRemoveLine,
  } satisfies CartWrite<{ lineId: string; label?: string }>,
  setPickupStore: {
    describe: (v) => ({ method: 'PUT', path: '/api/cart/pickup-store', json: { storeId: v.storeId } }),
    predict: predictPickupStore,
  } satisfies CartWrite<{ storeId: string | null; storeName?: string }>,
  dismissNotices: {
    describe: () => ({ method: 'DELETE', path: '/api/cart/notices' }),
    predict: predictDismissNotices,
  } satisfies CartWrite<object>,
  /** "Buy again": the chosen items of a past order, for the bag's store or delivery; the server says what it could not. */
  buyAgain: {
    describe: (v) => ({
      method: 'POST',
      path: `/api/orders/${encodeURIComponent(v.orderId)}/buy-again${v.token ? `?token=${encodeURIComponent(v.token)}` : ''}`,
      json: { lines: v.lines, fulfillment: v.fulfillment },
    }),
    predict: (cart) => cart,
    toCache: withoutReorderNotices,
  } satisfies CartWrite<{ orderId: string; token?: string } & BuyAgainBody>,
  /** A bag a store sent by text: its items join this bag (lib/endless-aisle/claim-handoff.ts). */
  claimHandoff: {
    describe: (v) => ({ method: 'POST', path: '/api/cart/handoffs', json: { token: v.token } }),
    predict: (cart) => cart,
    toCache: withoutReorderNotices,
  } satisfies CartWrite<{ token: string }>,
  /** The bag's market: re-priced from that market's list on the server; the answer says what changed. */
  setMarket: {
    describe: (v) => ({ method: 'PUT', path: '/api/cart/market', json: { market: v.market } }),
    predict: (cart) => cart,
  } satisfies CartWrite<{ market: MarketCode }>,
  offerCode: {
    describe: (v) => ({
      method: v.code ? 'POST' : 'DELETE',
      path: '/api/cart/offer-code',
      ...(v.code ? { json: { code: v.code } } : {}),
    }),
    predict: (cart) => cart,
  } satisfies CartWrite<{ code: string | null }>,
};

export function newActionKey(): string {
  return crypto.randomUUID();
}

export const useAddLine = () => useCartMutation(cartWrites.addLine);
export const useUpdateLine = () => useCartMutation(cartWrites.updateLine);
export const useRemoveLine = () => useCartMutation(cartWrites.removeLine);
export const useSetPickupStore = () => useCartMutation(cartWrites.setPickupStore);
export const useDismissNotices = () => useCartMutation(cartWrites.dismissNotices);
export const useBuyAgain = () => useCartMutation(cartWrites.buyAgain);
export const useOfferCode = () => useCartMutation(cartWrites.offerCode);
export const useClaimHandoff = () => useCartMutation(cartWrites.claimHandoff);
export const useSetMarket = () => useCartMutation(cartWrites.setMarket);
