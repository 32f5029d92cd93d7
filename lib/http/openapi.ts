import { z } from 'zod';
import { outboxMessageSchema, outboxQuerySchema } from '@/lib/notifications/schema';
import { catalogOperations } from '@/lib/catalog/openapi';
import { cartOperations } from '@/lib/cart/openapi';
import { orderOperations } from '@/lib/orders/openapi';
import { accountOperations } from '@/lib/auth/openapi';
import { offerOperations } from '@/lib/offers/openapi';
import { storeOperations } from '@/lib/pos/openapi';
import { shopperListOperations } from '@/lib/wishlist/openapi';
import { devStockBodySchema, stockLevelSchema } from '@/lib/inventory/back-in-stock-schema';
import type { Operation } from './openapi-document';

export const healthSchema = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) });

/** Every BFF route. Adding a route means adding it to its domain's list; a test keeps the two in step. */
export const operations: Operation[] = [
  ...catalogOperations,
  ...cartOperations,
  ...orderOperations,
  ...accountOperations,
  ...storeOperations,
  ...offerOperations,
  ...shopperListOperations,
  {
    method: 'post',
    path: '/api/dev/stock',
    access: 'anyone',
    summary: 'Test servers only (AISLE_DEV_STOCK=1): record a stock count',
    tags: ['dev'],
    body: devStockBodySchema,
    responses: { 200: { description: 'The stock level after the count', schema: stockLevelSchema } },
  },
  {
    method: 'get',
    path: '/api/dev/outbox',
    access: 'anyone',
    summary: 'Development only: the notification outbox',
    tags: ['dev'],
    query: outboxQuerySchema,
    responses: { 200: { description: 'Messages', schema: z.object({ messages: z.array(outboxMessageSchema) }) } },
  },
  {
    method: 'get',
    path: '/api/health',
    access: 'anyone',
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
    access: 'anyone',
    summary: 'This document',
    tags: ['ops'],
    responses: { 200: { description: 'OpenAPI 3.1 document', schema: null } },
  },
];
