import { z } from 'zod';
import { moneySchema } from '@/lib/money-schema';

export const FEED_PAGE_MAX = 500;

export const orderFeedQuerySchema = z.object({
  since: z
    .string()
    .max(200)
    .optional()
    .describe("The nextCursor of the previous page; absent: from the feed's beginning"),
  limit: z.coerce.number().int().min(1).max(FEED_PAGE_MAX).default(100),
});

const feedPickupSchema = z.object({
  storeId: z.string(),
  status: z.enum(['reserved', 'ready', 'collected', 'expired', 'cancelled']),
  readyBy: z.string().nullable(),
  holdUntil: z.string(),
  readyAt: z.string().nullable(),
  collectedAt: z.string().nullable(),
  expiredAt: z.string().nullable(),
});

export const feedOrderSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    channel: z.enum(['online', 'store']),
    source: z
      .enum(['web', 'pos', 'endless_aisle'])
      .describe("What made it: the web shop, a store's till, or an associate's endless aisle (channel store)"),
    storeId: z
      .string()
      .nullable()
      .describe('Channel store: the store of the sale (POS) or the store whose associate made it (endless aisle)'),
    staffId: z.string().nullable().describe('Endless aisle: the staff member who made the order'),
    status: z.enum(['placed', 'ready', 'collected', 'expired', 'cancelled']),
    placedAt: z.string(),
    updatedAt: z.string().describe("When the order or one of its pickups last changed (the database's clock)"),
    cancelledAt: z.string().nullable(),
    subtotal: moneySchema,
    discountTotal: moneySchema,
    deliveryFee: moneySchema,
    salesTax: moneySchema.describe(
      'Sales tax added on top of the prices (US); 0 where prices include tax (KR, JP, SG). Part of total',
    ),
    total: moneySchema,
    payment: z.object({
      method: z.enum(['pay_at_pickup', 'test_card', 'in_store']),
      status: z.enum(['due_at_pickup', 'authorized', 'paid', 'voided']),
    }),
    lines: z.array(
      z.object({
        sku: z.string(),
        title: z.string(),
        quantity: z.number().int(),
        unitPrice: moneySchema,
        fulfillment: z.enum(['ship', 'pickup', 'in_store']),
        storeId: z.string().nullable().describe('The store a pickup or in-store line is at'),
        oversold: z.number().int().describe('In-store sales: units sold beyond the stock on record'),
      }),
    ),
    pickups: z.array(feedPickupSchema).describe('One per store the order is collected from; no pickup codes'),
    delivery: z
      .object({
        option: z.string(),
        earliest: z.string(),
        latest: z.string(),
        address: z
          .object({
            name: z.string(),
            line1: z.string(),
            line2: z.string().optional(),
            city: z.string(),
            postalCode: z.string(),
            country: z.string(),
          })
          .describe('Where to deliver: the one piece of personal data the feed carries'),
        fromStoreId: z
          .string()
          .nullable()
          .describe('The store that ships it (ship-from-store, endless aisle); null: the warehouse'),
      })
      .nullable()
      .describe('Delivered orders only'),
  })
  .meta({ id: 'FeedOrder' });

export const orderFeedSchema = z.object({
  orders: z.array(feedOrderSchema),
  nextCursor: z
    .string()
    .describe('Pass as `since` for what changed after this page; returned also when the page is empty'),
  hasMore: z.boolean().describe('A full page: ask again at once'),
});

export type FeedOrder = z.infer<typeof feedOrderSchema>;
export type OrderFeed = z.infer<typeof orderFeedSchema>;
