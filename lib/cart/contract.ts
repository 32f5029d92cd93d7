import { addLineBodySchema, cartSchema, lineParamsSchema, patchLineBodySchema, pickupStoreBodySchema } from './schema';
import { operation } from '@/lib/http/operation';
import { cartMarketBodySchema } from '@/lib/markets/schema';

export const cartWriteHeaders = [
  { name: 'Idempotency-Key', description: 'Makes a retry return the first result and change nothing (kept 24 h)' },
  { name: 'If-Match', description: 'The cart ETag; the write is refused with 412 if the cart changed since' },
];
export const cartResponses = {
  200: { description: 'The cart after the change', schema: cartSchema },
  409: {
    description:
      'insufficient_stock; pickup_unavailable, for a pickup store that takes no pickup orders now; or the same Idempotency-Key is still running',
    schema: null,
  },
  412: { description: 'The cart changed since the If-Match version', schema: null },
};

export const cartContract = {
  read: operation({
    method: 'get',
    path: '/api/cart',
    auth: 'shopper',
    summary: "The caller's cart (guest cookie or signed-in account)",
    tags: ['cart'],
    headers: [{ name: 'If-None-Match', description: 'The last ETag: 304 when the cart has not changed' }],
    responses: {
      200: { description: 'The cart', schema: cartSchema },
      304: { description: 'Unchanged', schema: null },
    },
  }),
  events: operation({
    method: 'get',
    path: '/api/cart/events',
    auth: 'shopper',
    summary:
      "Server-sent events (text/event-stream) about the caller's bag: `data: changed` when it changed on any device, `data: resync` when changes may have been missed; read GET /api/cart then. A comment every 25 s; the stream ends within 15 min (the browser reconnects)",
    tags: ['cart'],
    responses: {
      200: { description: 'The event stream (text/event-stream)', schema: null },
      204: { description: 'A guest with no bag yet: nothing to follow', schema: null },
      429: { description: 'rate_limited: 16 open streams per bag or account, 64 per client address', schema: null },
      503: { description: 'service_unavailable: this server holds as many streams as it may', schema: null },
    },
  }),
  addLine: operation({
    method: 'post',
    path: '/api/cart/lines',
    auth: 'shopper',
    summary: 'Add a variant (adds to the line with the same variant and fulfilment)',
    tags: ['cart'],
    body: addLineBodySchema,
    headers: cartWriteHeaders,
    responses: cartResponses,
  }),
  updateLine: operation({
    method: 'patch',
    path: '/api/cart/lines/{lineId}',
    auth: 'shopper',
    summary: "Change a line's quantity or fulfilment",
    tags: ['cart'],
    params: lineParamsSchema,
    body: patchLineBodySchema,
    headers: cartWriteHeaders,
    responses: cartResponses,
  }),
  removeLine: operation({
    method: 'delete',
    path: '/api/cart/lines/{lineId}',
    auth: 'shopper',
    summary: 'Remove a line',
    tags: ['cart'],
    params: lineParamsSchema,
    headers: cartWriteHeaders,
    responses: cartResponses,
  }),
  setPickupStore: operation({
    method: 'put',
    path: '/api/cart/pickup-store',
    auth: 'shopper',
    summary: "Set the cart's pickup store; pickup lines move there and what it lacks is reported",
    tags: ['cart'],
    body: pickupStoreBodySchema,
    headers: cartWriteHeaders,
    responses: cartResponses,
  }),
  setMarket: operation({
    method: 'put',
    path: '/api/cart/market',
    auth: 'shopper',
    summary:
      "Move the bag (and a signed-in shopper's account) to another market: re-priced from its list, pickups outside it delivered, what it cannot sell removed; the notices say what changed",
    tags: ['cart', 'markets'],
    body: cartMarketBodySchema,
    headers: cartWriteHeaders,
    responses: cartResponses,
  }),
  clearNotices: operation({
    method: 'delete',
    path: '/api/cart/notices',
    auth: 'shopper',
    summary: "Dismiss the cart's notices (a merge at sign-in, a cap) on every device",
    tags: ['cart'],
    headers: cartWriteHeaders,
    responses: cartResponses,
  }),
};
