'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSubmit } from '@/lib/http/use-submit';
import type { z } from 'zod';
import { apiFetch } from '@/lib/http/client-fetch';
import type { Address, addressInputSchema } from './schema';

export type AddressFields = z.input<typeof addressInputSchema>;

export const addressKeys = { all: ['addresses'] as const };

export function fetchAddresses() {
  return apiFetch<{ addresses: Address[] }>('/api/account/addresses');
}

export function saveAddress(input: AddressFields & { id?: string }) {
  const { id, ...body } = input;
  return id
    ? apiFetch<Address>(`/api/account/addresses/${encodeURIComponent(id)}`, { method: 'PUT', json: body })
    : apiFetch<Address>('/api/account/addresses', { method: 'POST', json: body });
}

export function deleteAddress(id: string) {
  return apiFetch<{ status: 'deleted' }>(`/api/account/addresses/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** The signed-in shopper's address book; `initialData` from the server page when it has it. */
export function useAddresses(options: { enabled?: boolean; initialData?: Address[] } = {}) {
  return useQuery({
    queryKey: addressKeys.all,
    queryFn: async () => (await fetchAddresses()).addresses,
    enabled: options.enabled ?? true,
    initialData: options.initialData,
  });
}

export function useSaveAddress() {
  const qc = useQueryClient();
  return useSubmit({
    mutationFn: saveAddress,
    onSuccess: () => qc.invalidateQueries({ queryKey: addressKeys.all }),
  });
}

export function useDeleteAddress() {
  const qc = useQueryClient();
  return useSubmit({
    mutationFn: deleteAddress,
    onSuccess: () => qc.invalidateQueries({ queryKey: addressKeys.all }),
  });
}
