'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/http/client-fetch';
import type { CountBody, CountResponse, StoreStock } from './schema';

export const storeStockKeys = {
  sku: (storeId: string, sku: string) => ['staff-stock', storeId, sku] as const,
};

const countsPath = (storeId: string) => `/api/staff/stores/${encodeURIComponent(storeId)}/counts`;

/** A SKU's numbers at the store; nothing is asked until a SKU is entered. */
export function useStoreStock(storeId: string, sku: string | null) {
  return useQuery({
    queryKey: storeStockKeys.sku(storeId, sku ?? ''),
    queryFn: async () =>
      (await apiFetch<{ stock: StoreStock }>(`${countsPath(storeId)}?sku=${encodeURIComponent(sku!)}`)).stock,
    enabled: Boolean(sku),
    retry: false,
  });
}

export function usePostCount(storeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CountBody) => apiFetch<CountResponse>(countsPath(storeId), { method: 'POST', json: body }),
    onSuccess: (result) => client.setQueryData(storeStockKeys.sku(storeId, result.stock.sku), result.stock),
  });
}
