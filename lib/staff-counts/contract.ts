import { operation } from '@/lib/http/operation';
import { storeParamsSchema } from '@/lib/staff-pickups/schema';
import { countBodySchema, countResponseSchema, skuQuerySchema, storeStockResponseSchema } from './schema';

const notYours = { 404: { description: 'not_found: not one of the caller’s stores, or no such SKU', schema: null } };

export const staffCountsContract = {
  lookup: operation({
    method: 'get',
    path: '/api/staff/stores/{storeId}/counts',
    auth: 'staff:associate',
    summary: 'Staff: a SKU’s on hand, reserved, safety stock and available at the store',
    tags: ['staff'],
    params: storeParamsSchema,
    query: skuQuerySchema,
    responses: { ...notYours, 200: { description: 'The numbers', schema: storeStockResponseSchema } },
  }),
  post: operation({
    method: 'post',
    path: '/api/staff/stores/{storeId}/counts',
    auth: 'staff:associate',
    summary:
      'Staff: an absolute count of a SKU at the store, asOf now (the stock feed’s rules: stock.low, back-in-stock notices); audited with before and after',
    tags: ['staff'],
    params: storeParamsSchema,
    body: countBodySchema,
    responses: {
      ...notYours,
      200: { description: 'Applied: the numbers before and after', schema: countResponseSchema },
      409: {
        description:
          'count_below_reserved (with `reserved`): fewer than the units held for orders; count_stale: a later count was applied',
        schema: null,
      },
    },
  }),
};
