'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { deviceList } from '@/lib/catalog/device-list';
import type { ProductSummary } from '@/lib/catalog/schema';
import { apiFetch } from '@/lib/http/client-fetch';
import { useCartOwner } from '@/lib/offline/client';
import { WISHLIST_MAX } from './limits';
import type { Wishlist } from './schema';

/** A guest's wishlist: on this device until they sign in, then merged into the account. */
export const guestWishlist = deviceList('aisle-wishlist', WISHLIST_MAX);

export const wishlistKeys = { all: ['wishlist'] as const };

/** Whether this page belongs to a signed-in account (the cart owner tag says so, without another request). */
export const useSignedIn = () => useCartOwner().startsWith('u.');

/** How often an open page picks up a change made on another device of the account. */
const WISHLIST_POLL_MS = 10_000;

export function useAccountWishlist(enabled: boolean) {
  return useQuery({
    queryKey: wishlistKeys.all,
    queryFn: () => apiFetch<Wishlist>('/api/wishlist'),
    enabled,
    refetchInterval: WISHLIST_POLL_MS,
    refetchOnWindowFocus: true,
  });
}

/** The ids on the shopper's wishlist: the account's when signed in, else this device's. */
export function useWishlistIds(): { ids: Set<string>; ready: boolean } {
  const signedIn = useSignedIn();
  const account = useAccountWishlist(signedIn);
  const local = guestWishlist.useIds();
  if (!signedIn) return { ids: new Set(local), ready: true };
  return { ids: new Set(account.data?.items.map((i) => i.id) ?? []), ready: account.isSuccess };
}

/** Hearts a product or takes the heart back; for an account the change shows at once and rolls back if refused. */
export function useToggleWishlist() {
  const qc = useQueryClient();
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: async ({ product, keep }: { product: ProductSummary | { id: string }; keep: boolean }) => {
      if (!signedIn) {
        if (keep) guestWishlist.add(product.id);
        else guestWishlist.remove(product.id);
        return null;
      }
      return apiFetch<Wishlist>(`/api/wishlist/items/${encodeURIComponent(product.id)}`, {
        method: keep ? 'PUT' : 'DELETE',
      });
    },
    onMutate: async ({ product, keep }) => {
      if (!signedIn) return undefined;
      await qc.cancelQueries({ queryKey: wishlistKeys.all });
      const previous = qc.getQueryData<Wishlist>(wishlistKeys.all);
      if (previous) {
        const rest = previous.items.filter((i) => i.id !== product.id);
        const items = keep && 'handle' in product ? [product, ...rest] : rest;
        qc.setQueryData<Wishlist>(wishlistKeys.all, { items });
      }
      return { previous };
    },
    onError: (_e, _v, context) => {
      if (context?.previous) qc.setQueryData(wishlistKeys.all, context.previous);
    },
    onSuccess: (wishlist) => {
      if (wishlist) qc.setQueryData(wishlistKeys.all, wishlist);
    },
  });
}

/**
 * At sign-in, once per page: the list kept on this device as a guest joins the account's, and
 * leaves the device only when the server has it (a failed merge is tried again on the next page).
 */
export function useMergeGuestWishlist() {
  const qc = useQueryClient();
  const signedIn = useSignedIn();
  useEffect(() => {
    if (!signedIn) return;
    const ids = guestWishlist.read();
    if (ids.length === 0) return;
    let live = true;
    apiFetch<Wishlist>('/api/wishlist/merge', { method: 'POST', json: { productIds: ids } })
      .then((wishlist) => {
        guestWishlist.clear();
        if (live) qc.setQueryData(wishlistKeys.all, wishlist);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [signedIn, qc]);
}
