'use client';

import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/http/client-fetch';
import { useMarket } from '@/lib/markets/client';
import type { Point } from '@/lib/offers/client';
import type { BackInStockBody, BackInStockResponse } from './back-in-stock-schema';
import type { Availability } from './schema';

export const availabilityKeys = {
  variant: (variantId: string, storeId: string | null, point: Point | null) =>
    ['availability', variantId, storeId ?? '', point ? `${point.lat},${point.lng}` : ''] as const,
};

/**
 * A variant's availability, nearest stores first from the position the shopper allowed (else
 * from their store). While a new store or position loads, the last answer stays on screen.
 */
export function useAvailability(variantId: string | undefined, storeId: string | null, point: Point | null = null) {
  const market = useMarket();
  return useQuery({
    queryKey: [...availabilityKeys.variant(variantId ?? '', storeId, point), market],
    queryFn: () => {
      const qs = new URLSearchParams({
        variantId: variantId!,
        market,
        ...(storeId ? { storeId } : {}),
        ...(point ? { lat: String(point.lat), lng: String(point.lng) } : {}),
      });
      return apiFetch<Availability>(`/api/availability?${qs}`);
    },
    enabled: Boolean(variantId),
    staleTime: 15_000,
    // Another size keeps the last answer on screen while the new one loads: the store list the
    // shopper is using stays (and keeps focus) instead of vanishing for a moment.
    placeholderData: (previous, query) =>
      previous && query?.queryKey[1] === variantId ? keepPreviousData(previous) : undefined,
  });
}

/** "Tell me when it is back at this store": kept by the server, answered once through the outbox. */
export function useRequestBackInStock() {
  return useMutation({
    mutationFn: (body: BackInStockBody) =>
      apiFetch<BackInStockResponse>('/api/back-in-stock', { method: 'POST', json: body }),
  });
}
