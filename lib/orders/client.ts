'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { z } from 'zod';
import { cartKeys, newActionKey } from '@/lib/cart/client';
import { ApiError, apiFetch } from '@/lib/http/client-fetch';
import { useSubmit } from '@/lib/http/use-submit';
import { moneySchema } from '@/lib/money-schema';
import { locationHeaders } from '@/lib/offers/client';
import type { checkoutBodySchema, placedOrderSchema } from './schema';

export type PlacedOrder = z.infer<typeof placedOrderSchema>;
export type CheckoutInput = z.input<typeof checkoutBodySchema>;

/** What a refused checkout says beside its code, read from the error object. */
const checkoutRefusalSchema = z
  .object({
    lines: z.array(z.object({ sku: z.string() })),
    total: moneySchema,
    scope: z.enum(['order', 'contact', 'address']),
    /** Lines to be delivered were held too (the payment moves no money). */
    delivery: z.boolean(),
    limits: z.object({ lines: z.number(), units: z.number(), unitsPerItem: z.number() }),
  })
  .partial();

export type CheckoutRefusal = z.infer<typeof checkoutRefusalSchema> & { code: string; message: string };

/** The refusal behind a failed checkout; a dropped connection reads as `network_error`. */
export function checkoutRefusal(error: unknown): CheckoutRefusal {
  if (!(error instanceof ApiError)) return { code: 'network_error', message: '' };
  const details = checkoutRefusalSchema.safeParse(error.details);
  return { ...(details.success ? details.data : {}), code: error.code, message: error.message };
}

export function placeOrder(body: CheckoutInput, key: string): Promise<PlacedOrder> {
  return apiFetch<PlacedOrder>('/api/checkout', {
    method: 'POST',
    headers: { 'idempotency-key': key, ...locationHeaders() },
    json: body,
  });
}

/** A server answer that ends an attempt: its refusal is stored under the key, so a retry needs a new one. */
const endsAttempt = (error: unknown) =>
  error instanceof ApiError && error.status < 500 && error.code !== 'idempotency_key_in_use';

/**
 * Places the bag as an order. `bag` names the bag as the shopper saw it (its ETag). One
 * Idempotency-Key per attempt: the same bag with the same details keeps its key, so a double
 * click, or a press after a failed request whose order may have been placed, can never place a
 * second order; a new bag or new details (or a refusal, stored under the old key) start a new
 * attempt with a new key. A placed order empties the bag; a total that changed under the
 * shopper's eyes (offers_changed) brings the re-priced bag.
 */
export function usePlaceOrder() {
  const qc = useQueryClient();
  const attempt = useRef<{ fingerprint: string; key: string } | null>(null);
  return useSubmit({
    mutationFn: ({ body, bag }: { body: CheckoutInput; bag: string }) => {
      const fingerprint = JSON.stringify([bag, body]);
      if (attempt.current?.fingerprint !== fingerprint) attempt.current = { fingerprint, key: newActionKey() };
      return placeOrder(body, attempt.current.key);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: cartKeys.all }),
    onError: async (error) => {
      if (endsAttempt(error)) attempt.current = null;
      if (error instanceof ApiError && error.code === 'offers_changed')
        await qc.invalidateQueries({ queryKey: cartKeys.all });
    },
  });
}

export function cancelOrder(orderId: string, token?: string) {
  const query = token ? `?token=${encodeURIComponent(token)}` : '';
  return apiFetch<PlacedOrder['order']>(`/api/orders/${encodeURIComponent(orderId)}/cancel${query}`, {
    method: 'POST',
  });
}

/** Cancels an order not yet ready; a repeat is harmless (the server answers the cancelled order). */
export function useCancelOrder(orderId: string, token?: string) {
  return useSubmit({ mutationFn: () => cancelOrder(orderId, token) });
}
