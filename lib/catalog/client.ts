'use client';

import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/http/client-fetch';
import { useMarket } from '@/lib/markets/client';
import type { ProductList, ProductSummary } from './schema';

/** What the browser asks /api/products for; the server's query schema has the rest. */
export type ProductPicks = { storeId: string; limit: number; category?: string; market?: string };

export const productKeys = {
  all: ['products'] as const,
  picks: (picks: ProductPicks | null) => [...productKeys.all, picks] as const,
};

export function fetchProducts(picks: ProductPicks): Promise<ProductList> {
  const query = new URLSearchParams({
    storeId: picks.storeId,
    limit: String(picks.limit),
    ...(picks.category ? { category: picks.category } : {}),
    ...(picks.market ? { market: picks.market } : {}),
  });
  return apiFetch<ProductList>(`/api/products?${query}`);
}

/** A few products in stock at one store; nothing is asked until a store is known. */
export function useProductPicks(picks: ProductPicks | null) {
  const market = useMarket();
  const priced = picks && { ...picks, market };
  return useQuery({
    queryKey: productKeys.picks(priced),
    queryFn: () => fetchProducts(priced!),
    enabled: picks !== null,
    staleTime: 60_000,
  });
}

type Cards = { items: ProductSummary[] };

/** Cards for product ids the browser keeps (recently viewed, a guest's wishlist), in that order. */
export function useProductCards(ids: string[]) {
  const market = useMarket();
  return useQuery({
    queryKey: [...productKeys.all, 'cards', market, ids] as const,
    queryFn: () => apiFetch<Cards>(`/api/product-cards?${new URLSearchParams({ ids: ids.join(','), market })}`),
    enabled: ids.length > 0,
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}

/** "You may also like": the category's products in stock at the shopper's store or online. */
export function useSuggestions(opts: { category?: string; storeId: string | null; exclude: string[]; limit: number }) {
  const market = useMarket();
  const query = new URLSearchParams({
    limit: String(opts.limit),
    market,
    ...(opts.category ? { category: opts.category } : {}),
    ...(opts.storeId ? { storeId: opts.storeId } : {}),
    ...(opts.exclude.length ? { exclude: opts.exclude.join(',') } : {}),
  });
  return useQuery({
    queryKey: [...productKeys.all, 'suggestions', query.toString()] as const,
    queryFn: () => apiFetch<Cards>(`/api/suggestions?${query}`),
    staleTime: 30_000,
  });
}
