import { z } from 'zod';
import {
  categorySchema,
  handleParamsSchema,
  productDetailSchema,
  productListQuerySchema,
  productListSchema,
} from '@/lib/catalog/schema';
import { storeSchema, storesQuerySchema } from '@/lib/stores/schema';
import { signUpBodySchema, signUpResponseSchema } from '@/lib/auth/schema';
import {
  addLineBodySchema,
  cartSchema,
  lineParamsSchema,
  patchLineBodySchema,
  pickupStoreBodySchema,
} from '@/lib/cart/schema';
import { availabilityQuerySchema, availabilitySchema } from '@/lib/inventory/schema';
import { outboxMessageSchema, outboxQuerySchema } from '@/lib/notifications/schema';
import {
  checkoutBodySchema,
  orderAccessQuerySchema,
  orderListQuerySchema,
  orderLookupQuerySchema,
  orderParamsSchema,
  orderSchema,
  placedOrderSchema,
} from '@/lib/orders/schema';
import { collectedBodySchema, pickupParamsSchema, posOrderBodySchema, readyBodySchema } from '@/lib/pos/schema';
import {
  phoneStartBodySchema,
  phoneStartResponseSchema,
  phoneVerifyBodySchema,
  phoneVerifyResponseSchema,
} from '@/lib/phone/schema';
import { deleteAccountBodySchema, deletedResponseSchema } from '@/lib/privacy/schema';
import type { Operation } from './openapi';

const posHeaders = [
  { name: 'X-Aisle-Timestamp', description: 'Unix seconds; refused when more than 300 s off' },
  { name: 'X-Aisle-Signature', description: 'hex HMAC-SHA256 of "{timestamp}.{raw body}" with POS_WEBHOOK_SECRET' },
];

const cartWriteHeaders = [
  { name: 'Idempotency-Key', description: 'Makes a retry return the first result and change nothing (kept 24 h)' },
  { name: 'If-Match', description: 'The cart ETag; the write is refused with 412 if the cart changed since' },
];
const cartResponses = {
  200: { description: 'The cart after the change', schema: cartSchema },
  409: { description: 'Not enough stock, or the same Idempotency-Key is still running', schema: null },
  412: { description: 'The cart changed since the If-Match version', schema: null },
};

export const healthSchema = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) });

/** Every BFF route. Adding a route means adding it here; a test keeps the two in step. */
export const operations: Operation[] = [
  {
    method: 'get',
    path: '/api/products',
    summary: 'List and search products',
    tags: ['catalog'],
    query: productListQuerySchema,
    responses: { 200: { description: 'A page of products', schema: productListSchema } },
  },
  {
    method: 'get',
    path: '/api/products/{handle}',
    summary: 'One product with its variants and images',
    tags: ['catalog'],
    params: handleParamsSchema,
    responses: { 200: { description: 'The product', schema: productDetailSchema } },
  },
  {
    method: 'get',
    path: '/api/categories',
    summary: 'Categories with product counts',
    tags: ['catalog'],
    responses: { 200: { description: 'Categories', schema: z.object({ categories: z.array(categorySchema) }) } },
  },
  {
    method: 'get',
    path: '/api/stores',
    summary: 'Stores, nearest first when lat/lng are given',
    tags: ['stores'],
    query: storesQuerySchema,
    responses: { 200: { description: 'Stores', schema: z.object({ stores: z.array(storeSchema) }) } },
  },
  {
    method: 'get',
    path: '/api/cart',
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
    summary: 'Add a variant (adds to the line with the same variant and fulfilment)',
    tags: ['cart'],
    body: addLineBodySchema,
    headers: cartWriteHeaders,
    responses: cartResponses,
  },
  {
    method: 'patch',
    path: '/api/cart/lines/{lineId}',
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
    summary: 'Remove a line',
    tags: ['cart'],
    params: lineParamsSchema,
    headers: cartWriteHeaders,
    responses: cartResponses,
  },
  {
    method: 'put',
    path: '/api/cart/pickup-store',
    summary: "Set the cart's pickup store; pickup lines move there and what it lacks is reported",
    tags: ['cart'],
    body: pickupStoreBodySchema,
    headers: cartWriteHeaders,
    responses: cartResponses,
  },
  {
    method: 'delete',
    path: '/api/cart/notices',
    summary: "Dismiss the cart's notices (a merge at sign-in, a cap) on every device",
    tags: ['cart'],
    headers: cartWriteHeaders,
    responses: cartResponses,
  },
  {
    method: 'post',
    path: '/api/account/signup',
    summary: 'Create an account (the answer does not reveal whether the e-mail was known)',
    tags: ['account'],
    body: signUpBodySchema,
    responses: { 201: { description: 'Accepted', schema: signUpResponseSchema } },
  },
  {
    method: 'get',
    path: '/api/availability',
    summary: "A variant's stock for shipping and at every store, nearest first",
    tags: ['stores'],
    query: availabilityQuerySchema,
    responses: { 200: { description: 'Availability', schema: availabilitySchema } },
  },
  {
    method: 'post',
    path: '/api/checkout',
    summary: "Place the caller's bag as an order: re-priced, stock reserved atomically; Idempotency-Key required",
    tags: ['orders'],
    body: checkoutBodySchema,
    headers: [{ name: 'Idempotency-Key', description: 'Required: a retry returns the same order' }],
    responses: {
      201: { description: 'The order, and its one-time access token', schema: placedOrderSchema },
      409: { description: 'insufficient_stock, with the lines short', schema: null },
      428: { description: 'No Idempotency-Key', schema: null },
    },
  },
  {
    method: 'get',
    path: '/api/orders',
    summary: "The signed-in shopper's online orders and their verified phone's in-store orders, newest first",
    tags: ['orders'],
    query: orderListQuerySchema,
    responses: { 200: { description: 'Orders', schema: z.object({ orders: z.array(orderSchema) }) } },
  },
  {
    method: 'get',
    path: '/api/orders/{id}',
    summary: 'One order, for its account or the holder of its access token',
    tags: ['orders'],
    params: orderParamsSchema,
    query: orderAccessQuerySchema,
    responses: { 200: { description: 'The order', schema: orderSchema } },
  },
  {
    method: 'post',
    path: '/api/orders/{id}/buy-again',
    summary: "Buy again: a past order's still-available items go in the caller's cart; notices say what was not",
    tags: ['orders', 'cart'],
    params: orderParamsSchema,
    query: orderAccessQuerySchema,
    headers: cartWriteHeaders.slice(0, 1),
    responses: {
      200: { description: "The cart, with notices 'added', 'quantity_capped' and 'unavailable'", schema: cartSchema },
      404: { description: 'No such order, or not one the caller may see', schema: null },
    },
  },
  {
    method: 'post',
    path: '/api/account/phone/start',
    summary: 'Send a one-time code by SMS, to link a phone (signed in) or to sign in with it; 202 whatever the phone',
    tags: ['account'],
    body: phoneStartBodySchema,
    responses: {
      202: { description: 'Sent (the same answer for known and unknown phones)', schema: phoneStartResponseSchema },
      429: {
        description: 'resend_too_soon (30 s cool-down) or rate_limited (per phone and per address)',
        schema: null,
      },
    },
  },
  {
    method: 'post',
    path: '/api/account/phone/verify',
    summary: 'Link the phone to the signed-in account with its code; it leaves any other account; the session rotates',
    tags: ['account'],
    body: phoneVerifyBodySchema,
    responses: {
      200: { description: 'Linked', schema: phoneVerifyResponseSchema },
      400: { description: 'code_invalid: wrong or expired (attemptsLeft)', schema: null },
      429: { description: 'code_locked: five wrong codes; ask for a new one', schema: null },
    },
  },
  {
    method: 'delete',
    path: '/api/account/phone',
    summary: "Unlink the account's phone; its in-store orders leave the order history",
    tags: ['account'],
    responses: { 200: { description: 'Unlinked', schema: z.object({ phone: z.null() }) } },
  },
  {
    method: 'get',
    path: '/api/account/export',
    summary: 'Download my data: profile, orders (in-store ones of the verified phone included) and cart, as JSON',
    tags: ['account'],
    responses: { 200: { description: 'An attachment', schema: null } },
  },
  {
    method: 'delete',
    path: '/api/account',
    summary: 'Delete my account: signed out everywhere, personal data erased, orders kept anonymised',
    tags: ['account'],
    body: deleteAccountBodySchema,
    responses: { 200: { description: 'Deleted', schema: deletedResponseSchema } },
  },
  {
    method: 'get',
    path: '/api/orders/lookup',
    summary: 'A guest order by number and e-mail (rate-limited)',
    tags: ['orders'],
    query: orderLookupQuerySchema,
    responses: { 200: { description: 'The order', schema: orderSchema } },
  },
  {
    method: 'post',
    path: '/api/pos/orders',
    summary:
      "A store till posts a sale (HMAC-signed); idempotent on (storeId, externalId); decrements that store's stock",
    tags: ['store'],
    body: posOrderBodySchema,
    headers: posHeaders,
    responses: {
      201: { description: 'Recorded', schema: z.object({ order: orderSchema }) },
      200: { description: 'Already recorded: the same order', schema: z.object({ order: orderSchema }) },
      409: { description: 'external_id_conflict: the same externalId with other content', schema: null },
    },
  },
  {
    method: 'post',
    path: '/api/pos/pickups/{orderId}/ready',
    summary: 'Store staff: the pickup is ready (HMAC-signed); the shopper is notified',
    tags: ['store'],
    params: pickupParamsSchema,
    body: readyBodySchema,
    headers: posHeaders,
    responses: { 200: { description: 'The order', schema: z.object({ order: orderSchema }) } },
  },
  {
    method: 'post',
    path: '/api/pos/pickups/{orderId}/collected',
    summary: 'Store staff: collected, with the pickup code (HMAC-signed); stock leaves the store',
    tags: ['store'],
    params: pickupParamsSchema,
    body: collectedBodySchema,
    headers: posHeaders,
    responses: { 200: { description: 'The order', schema: z.object({ order: orderSchema }) } },
  },
  {
    method: 'get',
    path: '/api/dev/outbox',
    summary: 'Development only: the notification outbox',
    tags: ['dev'],
    query: outboxQuerySchema,
    responses: { 200: { description: 'Messages', schema: z.object({ messages: z.array(outboxMessageSchema) }) } },
  },
  {
    method: 'get',
    path: '/api/auth/csrf',
    summary: "next-auth's CSRF token, required by the sign-in and sign-out posts",
    tags: ['account'],
    responses: { 200: { description: '{ csrfToken }', schema: z.object({ csrfToken: z.string() }) } },
  },
  {
    method: 'post',
    path: '/api/auth/callback/password',
    summary: 'Sign in with e-mail and password (form-encoded: csrfToken, email, password); sets the session cookie',
    tags: ['account'],
    responses: { 302: { description: 'Signed in, or redirected with error=CredentialsSignin', schema: null } },
  },
  {
    method: 'post',
    path: '/api/auth/callback/phone',
    summary:
      'Sign in with a phone and the code from /api/account/phone/start (purpose sign_in); form-encoded: csrfToken, phone, code, name? (names a new account)',
    tags: ['account'],
    responses: {
      302: { description: 'Signed in (a phone with no account gets one), or error=CredentialsSignin', schema: null },
    },
  },
  {
    method: 'post',
    path: '/api/auth/signout',
    summary: 'Sign out (form-encoded: csrfToken); the server session is revoked everywhere',
    tags: ['account'],
    responses: { 302: { description: 'Signed out', schema: null } },
  },
  {
    method: 'get',
    path: '/api/auth/session',
    summary: 'The current session, or null',
    tags: ['account'],
    responses: { 200: { description: 'Session', schema: null } },
  },
  {
    method: 'get',
    path: '/api/health',
    summary: 'Liveness and database reachability',
    tags: ['ops'],
    responses: {
      200: { description: 'Healthy', schema: healthSchema },
      503: { description: 'Database unreachable', schema: null },
    },
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This document',
    tags: ['ops'],
    responses: { 200: { description: 'OpenAPI 3.1 document', schema: null } },
  },
];
