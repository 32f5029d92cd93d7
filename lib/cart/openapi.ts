import { addLineBodySchema, cartSchema, lineParamsSchema, patchLineBodySchema, pickupStoreBodySchema } from './schema';
import type { Operation } from '@/lib/http/openapi-document';

export const cartWriteHeaders = [
  { name: 'Idempotency-Key', description: 'Makes a retry return the first result and change nothing (kept 24 h)' },
  { name: 'If-Match', description: 'The cart ETag; the write is refused with 412 if the cart changed since' },
];
export const cartResponses = {
  200: { description: 'The cart after the change', schema: cartSchema },
  409: { description: 'Not enough stock, or the same Idempotency-Key is still running', schema: null },
  412: { description: 'The cart changed since the If-Match version', schema: null },
};

export const cartOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/cart',
    access: 'shopper',
    summary: "The caller's cart (guest cookie or signed-in account)",
    tags: ['cart'],
    headers: [{ name: 'If-None-Match', description: 'The last ETag: 304 when the cart has not changed' }],
    responses: {
      200: { description: 'The cart', schema: cartSchema },
      304: { description: 'Unchanged', schema: null },
    },
  },
  {
    method: 'post',
    path: '/api/cart/lines',
    access: 'shopper',
    summary: 'Add a variant (adds to the line with the same variant and fulfilment)',
    tags: ['cart'],
    body: addLineBodySchema,
    headers: cartWriteHeaders,
    responses: cartResponses,
  },
  {
    method: 'patch',
    path: '/api/cart/lines/{lineId}',
    access: 'shopper',
    summary: "Change a line's quantity or fulfilment",
    tags: ['cart'],
    params: lineParamsSchema,
    body: patchLineBodySchema,
    headers: cartWriteHeaders,
    responses: cartResponses,
  },
  {
    method: 'delete',
    path: '/api/cart/lines/{lineId}',
    access: 'shopper',
    summary: 'Remove a line',
    tags: ['cart'],
    params: lineParamsSchema,
    headers: cartWriteHeaders,
    responses: cartResponses,
  },
  {
    method: 'put',
    path: '/api/cart/pickup-store',
    access: 'shopper',
    summary: "Set the cart's pickup store; pickup lines move there and what it lacks is reported",
    tags: ['cart'],
    body: pickupStoreBodySchema,
    headers: cartWriteHeaders,
    responses: cartResponses,
  },
  {
    method: 'delete',
    path: '/api/cart/notices',
    access: 'shopper',
    summary: "Dismiss the cart's notices (a merge at sign-in, a cap) on every device",
    tags: ['cart'],
    headers: cartWriteHeaders,
    responses: cartResponses,
  },
];
