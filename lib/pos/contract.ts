import { z } from 'zod';
import { orderSchema } from '@/lib/orders/schema';
import { collectedBodySchema, pickupParamsSchema, posOrderBodySchema, readyBodySchema } from '@/lib/pos/schema';
import { operation } from '@/lib/http/operation';

export const posHeaders = [
  { name: 'X-Aisle-Timestamp', description: 'Unix seconds; refused when more than 300 s off', required: true },
  {
    name: 'X-Aisle-Signature',
    description:
      'hex HMAC-SHA256 of "{timestamp}.{raw body bytes}" with the retailer-wide POS_WEBHOOK_SECRET (any store) or with the store\'s own secret (npm run pos:secret; that store only: a body for another store, or a pickup of another store, is 403)',
    required: true,
  },
  {
    name: 'X-Aisle-Store',
    description:
      "The store (its id or code) whose own secret signed the request; without it, the body's storeId is taken",
  },
];

/** What a store's own secret may not do. */
export const tillForbidden = {
  403: {
    description: "forbidden: signed with a store's own secret, for another store (or a pickup it does not have)",
    schema: null,
  },
};

export const posContract = {
  recordSale: operation({
    method: 'post',
    path: '/api/pos/orders',
    auth: 'till',
    summary:
      "A store till posts a sale (HMAC-signed); idempotent on (storeId, externalId); decrements that store's stock",
    tags: ['store'],
    body: posOrderBodySchema,
    headers: posHeaders,
    responses: {
      ...tillForbidden,
      201: { description: 'Recorded', schema: z.object({ order: orderSchema }) },
      200: { description: 'Already recorded: the same order', schema: z.object({ order: orderSchema }) },
      409: { description: 'external_id_conflict: the same externalId with other content', schema: null },
      422: {
        description:
          'currency_mismatch (with `expected`): the currency is not that of the store’s market (KRW in Korea, JPY in Japan, SGD in Singapore); total_mismatch (with `expectedTotal`): the total is not Σ quantity × unitPrice − discount; or invalid_request naming the field (a placedAt in the future or over 5 years ago, a discount above the lines, lines past the largest amount)',
        schema: null,
      },
    },
  }),
  pickupReady: operation({
    method: 'post',
    path: '/api/pos/pickups/{orderId}/ready',
    auth: 'till',
    summary: 'Store staff: the pickup is ready (HMAC-signed); the shopper is notified',
    tags: ['store'],
    params: pickupParamsSchema,
    body: readyBodySchema,
    headers: posHeaders,
    responses: { ...tillForbidden, 200: { description: 'The order', schema: z.object({ order: orderSchema }) } },
  }),
  pickupCollected: operation({
    method: 'post',
    path: '/api/pos/pickups/{orderId}/collected',
    auth: 'till',
    summary: 'Store staff: collected, with the pickup code (HMAC-signed); stock leaves the store',
    tags: ['store'],
    params: pickupParamsSchema,
    body: collectedBodySchema,
    headers: posHeaders,
    responses: { ...tillForbidden, 200: { description: 'The order', schema: z.object({ order: orderSchema }) } },
  }),
};
