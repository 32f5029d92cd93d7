import { operation } from '@/lib/http/operation';
import {
  collectBodySchema,
  orderParamsSchema,
  pickupActionResponseSchema,
  pickupStoreQuerySchema,
  queueQuerySchema,
  queueResponseSchema,
  storeParamsSchema,
} from './schema';

const notYours = { 404: { description: 'not_found: no such store or pickup among the caller’s stores', schema: null } };

export const staffPickupsContract = {
  queue: operation({
    method: 'get',
    path: '/api/staff/stores/{storeId}/pickups',
    auth: 'staff:associate',
    summary:
      'Staff: the store’s pickup queue in one state, oldest order first, with the pick list, the customer’s first name and the hold deadline (collected and expired: the last 7 days)',
    tags: ['staff'],
    params: storeParamsSchema,
    query: queueQuerySchema,
    responses: { ...notYours, 200: { description: 'The queue', schema: queueResponseSchema } },
  }),
  ready: operation({
    method: 'post',
    path: '/api/staff/pickups/{orderId}/ready',
    auth: 'staff:associate',
    summary:
      'Staff: the items are picked; the shopper is told (SMS and e-mail) and order.ready_for_pickup is emitted. A repeat changes nothing (outcome already_ready)',
    tags: ['staff'],
    params: orderParamsSchema,
    query: pickupStoreQuerySchema,
    responses: {
      ...notYours,
      200: { description: 'Ready (or already ready)', schema: pickupActionResponseSchema },
      409: { description: 'pickup_closed: already collected, expired or cancelled', schema: null },
    },
  }),
  collected: operation({
    method: 'post',
    path: '/api/staff/pickups/{orderId}/collected',
    auth: 'staff:associate',
    summary:
      'Staff: the customer collected, proven by the pickup code (scanned from their QR or typed). The same code again: outcome already_collected, nothing changes',
    tags: ['staff'],
    params: orderParamsSchema,
    query: pickupStoreQuerySchema,
    body: collectBodySchema,
    responses: {
      ...notYours,
      200: { description: 'Collected (or already collected with this code)', schema: pickupActionResponseSchema },
      409: { description: 'pickup_closed: expired or cancelled', schema: null },
      422: { description: 'pickup_code_wrong: not this order’s code', schema: null },
    },
  }),
};
