import { operation } from '@/lib/http/operation';
import {
  backInStockBodySchema,
  backInStockResponseSchema,
  devStockBodySchema,
  stockLevelSchema,
} from './back-in-stock-schema';

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
};
