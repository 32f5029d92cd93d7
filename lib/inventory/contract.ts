import { operation } from '@/lib/http/operation';
import {
  backInStockBodySchema,
  backInStockResponseSchema,
  devStockBodySchema,
  stockLevelSchema,
} from './back-in-stock-schema';
import {
  locationParamsSchema,
  MAX_FEED_BYTES,
  MAX_FEED_ROWS,
  safetyStockBodySchema,
  safetyStockResponseSchema,
  stockFeedBodySchema,
  stockFeedResponseSchema,
} from './stock-feed-schema';

export const inventoryContract = {
  backInStock: operation({
    method: 'post',
    path: '/api/back-in-stock',
    auth: 'shopper',
    summary: 'Be told once, by e-mail or SMS, when a variant is back in stock at a store',
    tags: ['inventory'],
    body: backInStockBodySchema,
    responses: {
      201: { description: 'Kept (or answered at once when it is there already)', schema: backInStockResponseSchema },
      404: { description: 'No such store or variant', schema: null },
      429: {
        description:
          'rate_limited: 30 an hour per client address, 10 per mailbox (a+tag@ is a@) or phone (Retry-After)',
        schema: null,
      },
    },
  }),
  devStock: operation({
    method: 'post',
    path: '/api/dev/stock',
    auth: 'none',
    summary: 'Test servers only (AISLE_DEV_STOCK=1): record a stock count',
    tags: ['dev'],
    body: devStockBodySchema,
    responses: { 200: { description: 'The stock level after the count', schema: stockLevelSchema } },
  }),
  stockFeed: operation({
    method: 'post',
    path: '/api/integrations/stock',
    auth: 'key:stock:write',
    summary: `Stock in: absolute counts and idempotent adjustments, up to ${MAX_FEED_ROWS} rows, each answered on its own`,
    tags: ['integrations'],
    body: stockFeedBodySchema,
    maxBodyBytes: MAX_FEED_BYTES,
    responses: {
      200: {
        description:
          'One result per row, counts first then adjustments, in the order sent: applied, stale (a count no newer than the last applied; an adjustment already in a later count), duplicate (an externalId seen before), conflict (on hand would go below what is held: nothing changed), error (unknown location or SKU, …)',
        schema: stockFeedResponseSchema,
      },
      413: { description: 'The body is larger than 4 MB', schema: null },
    },
  }),
  safetyStock: operation({
    method: 'put',
    path: '/api/integrations/locations/{location}/safety-stock',
    auth: 'key:stock:write',
    summary:
      "A location's safety stock (its default and per-variant numbers) and its low-stock threshold, replaced whole",
    tags: ['integrations'],
    params: locationParamsSchema,
    body: safetyStockBodySchema,
    maxBodyBytes: MAX_FEED_BYTES,
    responses: {
      200: { description: 'The safety stock now in force', schema: safetyStockResponseSchema },
      404: { description: 'No such store code (or online, online-jp, online-sg)', schema: null },
    },
  }),
};
