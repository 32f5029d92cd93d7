import { z } from 'zod';
import { buyAgainBodySchema, cartSchema } from '@/lib/cart/schema';
import {
  checkoutBodySchema,
  orderAccessQuerySchema,
  orderListQuerySchema,
  orderLookupQuerySchema,
  orderParamsSchema,
  orderSchema,
  placedOrderSchema,
} from '@/lib/orders/schema';
import { operation } from '@/lib/http/operation';
import { orderFeedQuerySchema, orderFeedSchema } from './feed-schema';
import { cartWriteHeaders } from '@/lib/cart/contract';

export const orderContract = {
  checkout: operation({
    method: 'post',
    path: '/api/checkout',
    auth: 'shopper',
    summary:
      "Place the caller's bag as an order: re-priced, stock reserved atomically, delivered lines charged the chosen delivery option's fee (free from its threshold; none when every line is collected); Idempotency-Key required",
    tags: ['orders'],
    body: checkoutBodySchema,
    headers: [{ name: 'Idempotency-Key', description: 'A retry returns the same order', required: true }],
    responses: {
      201: { description: 'The order, and its one-time access token', schema: placedOrderSchema },
      409: {
        description:
          'insufficient_stock, with the lines short; offers_changed, when expectedTotal (delivery included) is not the total; reservation_limit, past what one shopper may hold for pickup at once (with scope, limits, held and skus); pickup_unavailable, with the lines for a store that takes no pickup orders now',
        schema: null,
      },
      422: {
        description: 'invalid_request naming delivery.option when it is not one of cart.delivery.options',
        schema: null,
      },
      428: { description: 'No Idempotency-Key', schema: null },
    },
  }),
  list: operation({
    method: 'get',
    path: '/api/orders',
    auth: 'user',
    signIn: 'Sign in to see your orders',
    summary: "The signed-in shopper's online orders and their verified phone's in-store orders, newest first",
    tags: ['orders'],
    query: orderListQuerySchema,
    responses: { 200: { description: 'Orders', schema: z.object({ orders: z.array(orderSchema) }) } },
  }),
  read: operation({
    method: 'get',
    path: '/api/orders/{id}',
    auth: 'shopper',
    summary: 'One order, for its account or the holder of its access token',
    tags: ['orders'],
    params: orderParamsSchema,
    query: orderAccessQuerySchema,
    responses: { 200: { description: 'The order', schema: orderSchema } },
  }),
  buyAgain: operation({
    method: 'post',
    path: '/api/orders/{id}/buy-again',
    auth: 'shopper',
    summary:
      "Buy again: the chosen items of a past order, in the chosen quantities, go in the caller's cart for their pickup store or delivery; notices say what that place lacks",
    tags: ['orders', 'cart'],
    params: orderParamsSchema,
    query: orderAccessQuerySchema,
    body: buyAgainBodySchema,
    headers: cartWriteHeaders.slice(0, 1),
    responses: {
      200: { description: "The cart, with notices 'added', 'quantity_capped' and 'unavailable'", schema: cartSchema },
      404: { description: 'No such order, or not one the caller may see', schema: null },
      422: { description: 'An item that is not in the order, or no such store', schema: null },
    },
  }),
  cancel: operation({
    method: 'post',
    path: '/api/orders/{id}/cancel',
    auth: 'shopper',
    summary:
      'Cancel an online order that is not yet ready: its stock is released and its payment voided; a repeat answers the cancelled order',
    tags: ['orders'],
    params: orderParamsSchema,
    query: orderAccessQuerySchema,
    responses: {
      200: { description: 'The cancelled order', schema: orderSchema },
      404: { description: 'No such order, or not one the caller may see', schema: null },
      409: {
        description: 'order_not_cancellable: already ready, collected or expired, or an in-store sale (details.status)',
        schema: null,
      },
    },
  }),
  lookup: operation({
    method: 'get',
    path: '/api/orders/lookup',
    auth: 'none',
    summary: 'A guest order by number and e-mail (rate-limited)',
    tags: ['orders'],
    query: orderLookupQuerySchema,
    responses: { 200: { description: 'The order', schema: orderSchema } },
  }),
  integrationFeed: operation({
    method: 'get',
    path: '/api/integrations/orders',
    auth: 'key:orders:read',
    summary:
      "The retailer's ERP reads the orders of every channel (online, and the stores' tills) in the order they last changed: an order comes again after each change of status or pickup, with its state then (two changes between polls come as one). Pages follow `nextCursor`; the feed never skips or repeats, and may lag while a long transaction runs. Personal data: only a delivered order's address",
    tags: ['integrations'],
    query: orderFeedQuerySchema,
    responses: {
      200: { description: 'A page of orders, oldest change first', schema: orderFeedSchema },
      422: {
        description: 'invalid_request: `since` is not a cursor this feed gave, or `limit` is out of 1–500',
        schema: null,
      },
    },
  }),
};
