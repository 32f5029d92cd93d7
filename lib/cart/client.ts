'use client';

import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/http/client-fetch';
import { locationHeaders } from '@/lib/offers/client';
import { cartEtag } from './etag';
import type { Cart, CartLine, Fulfillment } from './schema';

/** How often an open page asks whether the cart changed on another device (304 when not). */
export const CART_POLL_MS = 2000;

export const cartKeys = { all: ['cart'] as const };
export type CartData = { cart: Cart; etag: string | null };

async function fetchCart(qc: QueryClient): Promise<CartData> {
  const previous = qc.getQueryData<CartData>(cartKeys.all);
  const response = await fetch('/api/cart', {
    credentials: 'same-origin',
    headers: { ...(previous?.etag ? { 'if-none-match': previous.etag } : {}), ...locationHeaders() },
    cache: 'no-store',
  });
  if (response.status === 304 && previous) return previous;
  if (!response.ok) throw new Error(`Cart request failed: ${response.status}`);
  return { cart: (await response.json()) as Cart, etag: response.headers.get('etag') };
}

export function useCart() {
  const qc = useQueryClient();
  return useQuery({
    queryKey: cartKeys.all,
    queryFn: () => fetchCart(qc),
    refetchInterval: CART_POLL_MS,
    refetchOnWindowFocus: true,
  });
}

const etagOf = (cart: Cart) => (cart.id ? cartEtag(cart) : null);

function withTotals(cart: Cart, lines: CartLine[]): Cart {
  const subtotal = lines.reduce((n, l) => n + l.unitPrice.amount * l.quantity, 0);
  return {
    ...cart,
    lines,
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    subtotal: { ...cart.subtotal, amount: subtotal },
    // Until the server answers, the discounts already shown stay (it re-prices them).
    total: { ...cart.total, amount: Math.max(0, subtotal - cart.discounts.reduce((n, d) => n + d.amount.amount, 0)) },
  };
}

/**
 * A cart write: applied to the cached cart at once, rolled back if the server refuses.
 * Each action carries its own Idempotency-Key, reused by retries.
 */
function useCartMutation<V>(
  send: (v: V, key: string) => Promise<Cart>,
  predict: (cart: Cart, v: V) => Cart,
  toCache: (cart: Cart) => Cart = (cart) => cart,
) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: V & { key: string }) => send(v, v.key),
    retry: (count, error) => count < 2 && error instanceof TypeError, // network failures only
    onMutate: async (v) => {
      await qc.cancelQueries({ queryKey: cartKeys.all });
      const previous = qc.getQueryData<CartData>(cartKeys.all);
      if (previous) qc.setQueryData<CartData>(cartKeys.all, { ...previous, cart: predict(previous.cart, v) });
      return { previous };
    },
    onError: (_error, _v, context) => {
      if (context?.previous) qc.setQueryData(cartKeys.all, context.previous);
    },
    onSuccess: (cart) => qc.setQueryData<CartData>(cartKeys.all, { cart: toCache(cart), etag: etagOf(cart) }),
  });
}

const sameFulfillment = (a: Fulfillment, b: Fulfillment) =>
  a.type === b.type && (a.type === 'ship' || (b.type === 'pickup' && a.storeId === b.storeId));

export type AddLineInput = {
  variantId: string;
  quantity: number;
  fulfillment: Fulfillment;
  display: Omit<CartLine, 'id' | 'quantity' | 'lineTotal' | 'fulfillment'>;
};

export function useAddLine() {
  return useCartMutation<AddLineInput>(
    (v, key) =>
      apiFetch<Cart>('/api/cart/lines', {
        method: 'POST',
        headers: { 'idempotency-key': key, ...locationHeaders() },
        json: { variantId: v.variantId, quantity: v.quantity, fulfillment: v.fulfillment },
      }),
    (cart, v) => {
      const existing = cart.lines.find(
        (l) => l.variantId === v.variantId && sameFulfillment(l.fulfillment, v.fulfillment),
      );
      const lines = existing
        ? cart.lines.map((l) => (l === existing ? { ...l, quantity: l.quantity + v.quantity } : l))
        : [
            ...cart.lines,
            {
              ...v.display,
              id: `pending-${v.variantId}`,
              quantity: v.quantity,
              fulfillment: v.fulfillment,
              lineTotal: { ...v.display.unitPrice, amount: v.display.unitPrice.amount * v.quantity },
            },
          ];
      return withTotals(cart, lines);
    },
  );
}

export function useUpdateLine() {
  return useCartMutation<{ lineId: string; quantity?: number; fulfillment?: Fulfillment }>(
    (v, key) =>
      apiFetch<Cart>(`/api/cart/lines/${encodeURIComponent(v.lineId)}`, {
        method: 'PATCH',
        headers: { 'idempotency-key': key, ...locationHeaders() },
        json: { quantity: v.quantity, fulfillment: v.fulfillment },
      }),
    (cart, v) =>
      withTotals(
        cart,
        cart.lines.map((l) =>
          l.id === v.lineId
            ? { ...l, quantity: v.quantity ?? l.quantity, fulfillment: v.fulfillment ?? l.fulfillment }
            : l,
        ),
      ),
  );
}

export function useRemoveLine() {
  return useCartMutation<{ lineId: string }>(
    (v, key) =>
      apiFetch<Cart>(`/api/cart/lines/${encodeURIComponent(v.lineId)}`, {
        method: 'DELETE',
        headers: { 'idempotency-key': key, ...locationHeaders() },
      }),
    (cart, v) =>
      withTotals(
        cart,
        cart.lines.filter((l) => l.id !== v.lineId),
      ),
  );
}

export function useSetPickupStore() {
  return useCartMutation<{ storeId: string | null; storeName?: string }>(
    (v, key) =>
      apiFetch<Cart>('/api/cart/pickup-store', {
        method: 'PUT',
        headers: { 'idempotency-key': key, ...locationHeaders() },
        json: { storeId: v.storeId },
      }),
    (cart, v) => ({
      ...cart,
      pickupStoreId: v.storeId,
      pickupStore: v.storeId ? { id: v.storeId, name: v.storeName ?? '' } : null,
    }),
  );
}

export function newActionKey(): string {
  return crypto.randomUUID();
}

export function useDismissNotices() {
  return useCartMutation<object>(
    (_v, key) =>
      apiFetch<Cart>('/api/cart/notices', {
        method: 'DELETE',
        headers: { 'idempotency-key': key, ...locationHeaders() },
      }),
    (cart) => ({ ...cart, notices: undefined }),
  );
}

/** "Buy again": the server puts a past order's available items in the cart and says what it could not. */
export function useBuyAgain() {
  return useCartMutation<{ orderId: string; token?: string }>(
    (v, key) =>
      apiFetch<Cart>(
        `/api/orders/${encodeURIComponent(v.orderId)}/buy-again${v.token ? `?token=${encodeURIComponent(v.token)}` : ''}`,
        { method: 'POST', headers: { 'idempotency-key': key, ...locationHeaders() } },
      ),
    (cart) => cart,
    // What this reorder added or missed is said beside the button, not in the bag's standing notices.
    (cart) => ({ ...cart, notices: cart.notices?.filter((n) => n.code !== 'added' && n.code !== 'unavailable') }),
  );
}

export function useOfferCode() {
  return useCartMutation<{ code: string | null }>(
    (v, key) =>
      apiFetch<Cart>('/api/cart/offer-code', {
        method: v.code ? 'POST' : 'DELETE',
        headers: { 'idempotency-key': key, ...locationHeaders() },
        ...(v.code ? { json: { code: v.code } } : {}),
      }),
    (cart) => cart,
  );
}
