'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/http/client-fetch';
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
    // Another store or size keeps the last answer on screen while the new one loads: the store
    // list the shopper is using stays (and keeps focus) instead of vanishing for a moment.
    placeholderData: keepPreviousData,
  });
}
