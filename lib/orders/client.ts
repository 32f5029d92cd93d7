'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { cartKeys } from '@/lib/cart/client';
import { ApiError, apiFetch } from '@/lib/http/client-fetch';
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

/**
 * Places the bag as an order. `key` is one attempt's Idempotency-Key: a double click or a
 * retry cannot place it twice. The placed order empties the bag; a total that changed under
 * the shopper's eyes (offers_changed) brings the re-priced bag.
 */
export function usePlaceOrder(key: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CheckoutInput) => placeOrder(body, key),
    onSuccess: () => qc.invalidateQueries({ queryKey: cartKeys.all }),
    onError: async (error) => {
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
  return useMutation({ mutationFn: () => cancelOrder(orderId, token) });
}
