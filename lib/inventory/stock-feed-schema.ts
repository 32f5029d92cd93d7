import { z } from 'zod';

/** Rows one stock request may hold, counts and adjustments together. */
export const MAX_FEED_ROWS = 10_000;
/** The largest on-hand figure a count or an adjustment may leave (the column is a PostgreSQL integer). */
export const MAX_ON_HAND = 1_000_000;
/** The bytes a stock request may take: 10,000 rows with long ids fit. */
export const MAX_FEED_BYTES = 4 * 1024 * 1024;

/** Why stock moved; the sign each reason must have (`correction` either). */
export const ADJUSTMENT_REASONS = {
  received: 1,
  returned: 1,
  found: 1,
  transfer_in: 1,
  transfer_out: -1,
  damaged: -1,
  lost: -1,
  correction: 0,
} as const;
export type AdjustmentReason = keyof typeof ADJUSTMENT_REASONS;

const location = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .describe('A store code (its slug), or a warehouse: `online` (Korea, also ships the US), `online-jp`, `online-sg`');
const sku = z.string().trim().min(1).max(100);
const isoTime = z.iso.datetime({ offset: true, error: 'An ISO 8601 date-time with its offset' });

export const stockCountSchema = z.object({
  location,
  sku,
  onHand: z.number().int().min(0).max(MAX_ON_HAND).describe('Units on the shelf, those held for pickups included'),
  asOf: isoTime.describe(
    'When the count was taken. A count as old as (or older than) the last one applied for this location and SKU is stale',
  ),
});

export const stockAdjustmentSchema = z.object({
  location,
  sku,
  delta: z
    .number()
    .int()
    .min(-MAX_ON_HAND)
    .max(MAX_ON_HAND)
    .refine((d) => d !== 0, 'Not 0'),
  reason: z.enum(Object.keys(ADJUSTMENT_REASONS) as [AdjustmentReason, ...AdjustmentReason[]]),
  externalId: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe('Unique across the retailer (prefix it with the sending system): a repeat is a duplicate'),
  occurredAt: isoTime
    .optional()
    .describe('When it happened; one at or before the last applied count is already in that count (stale)'),
});

export const stockFeedBodySchema = z
  .object({
    counts: z.array(stockCountSchema).max(MAX_FEED_ROWS).optional(),
    adjustments: z.array(stockAdjustmentSchema).max(MAX_FEED_ROWS).optional(),
  })
  .refine((b) => (b.counts?.length ?? 0) + (b.adjustments?.length ?? 0) >= 1, {
    message: 'Send at least one count or adjustment',
    path: ['counts'],
  })
  .refine((b) => (b.counts?.length ?? 0) + (b.adjustments?.length ?? 0) <= MAX_FEED_ROWS, {
    message: `At most ${MAX_FEED_ROWS} rows per request, counts and adjustments together`,
    path: ['counts'],
  });

export const stockRowStatus = z.enum(['applied', 'stale', 'duplicate', 'conflict', 'error']);

export const stockFeedResultSchema = z
  .object({
    type: z.enum(['count', 'adjustment']),
    index: z.number().int().describe('The row’s position in its array'),
    location: z.string(),
    sku: z.string(),
    externalId: z.string().optional(),
    status: stockRowStatus,
    onHand: z.number().int().optional(),
    reserved: z.number().int().optional(),
    safetyStock: z.number().int().optional(),
    available: z
      .number()
      .int()
      .optional()
      .describe('On hand − reserved − safety stock, after this row (never below 0)'),
    requestedOnHand: z.number().int().optional().describe('conflict: the on hand the row would have left'),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
  })
  .meta({ id: 'StockFeedResult' });

export const stockFeedResponseSchema = z.object({ results: z.array(stockFeedResultSchema) }).meta({ id: 'StockFeed' });

export const locationParamsSchema = z.object({ location });

export const safetyStockBodySchema = z.object({
  default: z.number().int().min(0).max(MAX_ON_HAND).describe('Units of every variant kept back at this location'),
  variants: z
    .array(z.object({ sku, quantity: z.number().int().min(0).max(MAX_ON_HAND) }))
    .max(MAX_FEED_ROWS)
    .optional()
    .describe('Variants that keep back another number; any variant not listed falls back to the default'),
  lowStockThreshold: z
    .number()
    .int()
    .min(0)
    .max(MAX_ON_HAND)
    .optional()
    .describe('stock.low is emitted when available falls to or below this (unchanged when absent; 2 at first)'),
});

export const safetyStockResponseSchema = z
  .object({
    location: z.string(),
    default: z.number().int(),
    lowStockThreshold: z.number().int(),
    variants: z.array(z.object({ sku: z.string(), quantity: z.number().int() })),
  })
  .meta({ id: 'SafetyStock' });

export type StockFeedBody = z.infer<typeof stockFeedBodySchema>;
export type StockFeedResult = z.infer<typeof stockFeedResultSchema>;
export type SafetyStockBody = z.infer<typeof safetyStockBodySchema>;
export type SafetyStock = z.infer<typeof safetyStockResponseSchema>;
