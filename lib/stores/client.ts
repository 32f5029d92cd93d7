'use client';

import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/http/client-fetch';
import { useMarket } from '@/lib/markets/client';
import type { Point } from '@/lib/offers/client';
import type { Store } from './schema';

export const storeKeys = {
  all: ['stores'] as const,
  near: (point: Point | null, market: string) => [...storeKeys.all, market, point] as const,
};

function fetchStores(point: Point | null, market: string): Promise<Store[]> {
  const query = new URLSearchParams({ market, ...(point ? { lat: String(point.lat), lng: String(point.lng) } : {}) });
  return apiFetch<{ stores: Store[] }>(`/api/stores?${query}`).then((r) => r.stores);
}

/** The stores of the page's market, nearest first when the shopper allowed a position. */
export function useStores(point: Point | null, { enabled = true }: { enabled?: boolean } = {}) {
  const market = useMarket();
  return useQuery({
    queryKey: storeKeys.near(point, market),
    queryFn: () => fetchStores(point, market),
    enabled,
    staleTime: 60_000,
  });
}
