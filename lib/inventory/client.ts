'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/http/client-fetch';
import type { BackInStockBody, BackInStockResponse } from './back-in-stock-schema';
import type { Availability } from './schema';

export const availabilityKeys = {
  variant: (variantId: string, storeId: string | null) => ['availability', variantId, storeId ?? ''] as const,
};

export function useAvailability(variantId: string | undefined, storeId: string | null) {
  return useQuery({
    queryKey: availabilityKeys.variant(variantId ?? '', storeId),
    queryFn: () => {
      const qs = new URLSearchParams({ variantId: variantId!, ...(storeId ? { storeId } : {}) });
      return apiFetch<Availability>(`/api/availability?${qs}`);
    },
    enabled: Boolean(variantId),
    staleTime: 15_000,
  });
}

/** "Tell me when it is back at this store": kept by the server, answered once through the outbox. */
export function useRequestBackInStock() {
  return useMutation({
    mutationFn: (body: BackInStockBody) =>
      apiFetch<BackInStockResponse>('/api/back-in-stock', { method: 'POST', json: body }),
  });
}
