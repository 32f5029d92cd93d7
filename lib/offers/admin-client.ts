'use client';

import { useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/http/client-fetch';
import { useSubmit } from '@/lib/http/use-submit';
import type { z } from 'zod';
import type { AdminOffer, offerInputSchema } from './admin-schema';

/** What the console's form sends: the schema's input (a code in any case; the server upper-cases it). */
export type OfferFields = z.input<typeof offerInputSchema>;

export const adminOfferKeys = { all: ['staff', 'offers'] as const };

export function saveOffer(input: { id?: string; fields: OfferFields; idempotencyKey: string }) {
  const { id, fields } = input;
  return id
    ? apiFetch<{ offer: AdminOffer }>(`/api/staff/offers/${encodeURIComponent(id)}`, { method: 'PATCH', json: fields })
    : apiFetch<{ offer: AdminOffer }>('/api/staff/offers', {
        method: 'POST',
        json: fields,
        headers: { 'idempotency-key': input.idempotencyKey },
      });
}

export function endOffer(id: string) {
  return apiFetch<{ offer: AdminOffer }>(`/api/staff/offers/${encodeURIComponent(id)}/end`, { method: 'POST' });
}

export function useSaveOffer() {
  const qc = useQueryClient();
  return useSubmit({
    mutationFn: saveOffer,
    onSuccess: () => qc.invalidateQueries({ queryKey: adminOfferKeys.all }),
  });
}

export function useEndOffer() {
  const qc = useQueryClient();
  return useSubmit({
    mutationFn: endOffer,
    onSuccess: () => qc.invalidateQueries({ queryKey: adminOfferKeys.all }),
  });
}
