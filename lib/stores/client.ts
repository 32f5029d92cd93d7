'use client';

import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/http/client-fetch';
import type { Point } from '@/lib/offers/client';
import type { Store } from './schema';

export const storeKeys = {
  all: ['stores'] as const,
  near: (point: Point | null) => [...storeKeys.all, point] as const,
};

export function fetchStores(point: Point | null): Promise<Store[]> {
  const query = point ? `?${new URLSearchParams({ lat: String(point.lat), lng: String(point.lng) })}` : '';
  return apiFetch<{ stores: Store[] }>(`/api/stores${query}`).then((r) => r.stores);
}

/** The stores, nearest first when the shopper allowed a position. */
export function useStores(point: Point | null, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: storeKeys.near(point),
    queryFn: () => fetchStores(point),
    enabled,
    staleTime: 60_000,
  });
}
