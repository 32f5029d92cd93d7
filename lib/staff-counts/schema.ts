import { z } from 'zod';
import { MAX_ON_HAND } from '@/lib/inventory/stock-feed-schema';

const sku = z.string().trim().min(1, 'Enter a SKU').max(100);

export const skuQuerySchema = z.object({ sku });

export const countBodySchema = z.object({
  sku,
  onHand: z
    .number()
    .int('A whole number of units')
    .min(0, 'Zero or more')
    .max(MAX_ON_HAND)
    .describe('Units counted on the shelf and in the back, those held for pickups included; taken as of now'),
});
export type CountBody = z.infer<typeof countBodySchema>;

export const storeStockSchema = z.object({
  sku: z.string(),
  variantId: z.string(),
  title: z.string(),
  size: z.string().nullable(),
  color: z.string().nullable(),
  onHand: z.number().int(),
  reserved: z.number().int().describe('Held for pickup orders not yet collected'),
  safetyStock: z.number().int().describe("This variant's own here, else the store's default"),
  available: z.number().int().describe('On hand − reserved − safety stock, never below 0: what the shop promises'),
  countedAt: z.iso.datetime().nullable().describe('The asOf of the last count applied here'),
});
export type StoreStock = z.infer<typeof storeStockSchema>;

export const storeStockResponseSchema = z.object({ stock: storeStockSchema });
export const countResponseSchema = z.object({ before: storeStockSchema, stock: storeStockSchema });
export type CountResponse = z.infer<typeof countResponseSchema>;
