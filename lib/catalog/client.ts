'use client';

import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/http/client-fetch';
import type { ProductList } from './schema';

/** What the browser asks /api/products for; the server's query schema has the rest. */
export type ProductPicks = { storeId: string; limit: number; category?: string };

export const productKeys = {
  all: ['products'] as const,
  picks: (picks: ProductPicks | null) => [...productKeys.all, picks] as const,
};

export function fetchProducts(picks: ProductPicks): Promise<ProductList> {
  const query = new URLSearchParams({
    storeId: picks.storeId,
    limit: String(picks.limit),
    ...(picks.category ? { category: picks.category } : {}),
  });
  return apiFetch<ProductList>(`/api/products?${query}`);
}

/** A few products in stock at one store; nothing is asked until a store is known. */
export function useProductPicks(picks: ProductPicks | null) {
  return useQuery({
    queryKey: productKeys.picks(picks),
    queryFn: () => fetchProducts(picks!),
    enabled: picks !== null,
    staleTime: 60_000,
  });
}
