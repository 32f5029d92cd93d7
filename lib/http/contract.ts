import { z } from 'zod';
import { outboxMessageSchema, outboxQuerySchema } from '@/lib/notifications/schema';
import { catalogContract } from '@/lib/catalog/contract';
import { catalogImportContract } from '@/lib/catalog/import/contract';
import { cartContract } from '@/lib/cart/contract';
import { marketsContract } from '@/lib/markets/contract';
import { orderContract } from '@/lib/orders/contract';
import { accountContract, nextAuthContract } from '@/lib/auth/contract';
import { offerContract } from '@/lib/offers/contract';
import { offersAdminContract } from '@/lib/offers/admin-contract';
import { posContract } from '@/lib/pos/contract';
import { inventoryContract } from '@/lib/inventory/contract';
import { wishlistContract } from '@/lib/wishlist/contract';
import { storesContract } from '@/lib/stores/contract';
import { webhookContract } from '@/lib/webhooks/contract';
import { endlessAisleContract } from '@/lib/endless-aisle/contract';
import { staffContract } from '@/lib/staff/contract';
import { staffCountsContract } from '@/lib/staff-counts/contract';
import { staffPickupsContract } from '@/lib/staff-pickups/contract';
import { operation, type Operation } from './operation';

const healthSchema = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) });

/** The routes that are about the service itself. */
export const opsContract = {
  devOutbox: operation({
    method: 'get',
    path: '/api/dev/outbox',
    auth: 'none',
    summary: 'Development only: the notification outbox',
    tags: ['dev'],
    query: outboxQuerySchema,
    responses: { 200: { description: 'Messages', schema: z.object({ messages: z.array(outboxMessageSchema) }) } },
  }),
  health: operation({
    method: 'get',
    path: '/api/health',
    auth: 'none',
    db: false,
    summary: 'Liveness and database reachability',
    tags: ['ops'],
    responses: {
      200: { description: 'Healthy', schema: healthSchema },
      503: { description: 'Database unreachable', schema: null },
    },
  }),
  openApiDocument: operation({
    method: 'get',
    path: '/api/openapi.json',
    auth: 'none',
    db: false,
    cache: 'public',
    summary: 'This document',
    tags: ['ops'],
    responses: { 200: { description: 'OpenAPI 3.1 document', schema: null } },
  }),
};

/**
 * Every operation of the BFF: the same objects the route handlers are built from
 * (`route(cartContract.addLine, …)`), so the document cannot describe another contract than the
 * one enforced. tests/unit/openapi.test.ts checks that this list and the routes' exports agree.
 */
export const operations: Operation[] = [
  catalogContract,
  catalogImportContract,
  cartContract,
  marketsContract,
  orderContract,
  accountContract,
  nextAuthContract,
  posContract,
  offerContract,
  offersAdminContract,
  wishlistContract,
  inventoryContract,
  storesContract,
  webhookContract,
  endlessAisleContract,
  staffContract,
  staffPickupsContract,
  staffCountsContract,
  opsContract,
].flatMap((contract) => Object.values(contract));
