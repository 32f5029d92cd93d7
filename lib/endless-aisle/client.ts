'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/http/client-fetch';
import type { z } from 'zod';
import type { aisleSearchSchema, EndlessAisleBody, EndlessAisleResult } from './schema';

export type AisleSearch = z.infer<typeof aisleSearchSchema>;
export type AisleVariant = AisleSearch['items'][number]['variants'][number];

export const aisleKeys = {
  search: (storeId: string, q: string) => ['staff', 'endless-aisle', storeId, q] as const,
};

/** The catalog search with stock everywhere; stock moves, so an answer is fresh for 10 s only. */
export function useAisleSearch(storeId: string, q: string) {
  return useQuery({
    queryKey: aisleKeys.search(storeId, q),
    queryFn: () =>
      apiFetch<AisleSearch>(
        `/api/staff/stores/${encodeURIComponent(storeId)}/endless-aisle?${new URLSearchParams({ q })}`,
      ),
    enabled: q.length > 0,
    staleTime: 10_000,
  });
}

/** Send the bag or place the order. `key` is the action's Idempotency-Key: a retry reuses it. */
export function useAisleAction() {
  return useMutation({
    networkMode: 'always',
    mutationFn: ({ key, body }: { key: string; body: EndlessAisleBody }) =>
      apiFetch<EndlessAisleResult>('/api/staff/endless-aisle', {
        method: 'POST',
        headers: { 'idempotency-key': key },
        json: body,
      }),
  });
}
