import { z } from 'zod';

export const backInStockBodySchema = z.object({
  variantId: z.string().trim().min(1).max(60),
  storeId: z.string().trim().min(1).max(60),
  channel: z.enum(['email', 'sms']),
  /** The e-mail address or phone number; empty means the signed-in account's own. */
  to: z.string().trim().max(254).optional(),
});

export const backInStockResponseSchema = z
  .object({
    status: z
      .enum(['waiting', 'notified'])
      .describe('notified: it was in stock already, and the message is on its way'),
    channel: z.enum(['email', 'sms']),
    to: z.string().describe('Where the message goes (an e-mail address, or a phone number in E.164)'),
  })
  .meta({ id: 'BackInStockRequest' });

export type BackInStockBody = z.infer<typeof backInStockBodySchema>;
export type BackInStockResponse = z.infer<typeof backInStockResponseSchema>;

/** Test servers only (AISLE_DEV_STOCK=1): a stock count for one variant at one store. */
export const devStockBodySchema = z.object({
  storeId: z.string().min(1).max(60),
  variantId: z.string().min(1).max(60),
  count: z.number().int().min(0).max(100_000),
});
export const stockLevelSchema = z.object({ onHand: z.number().int(), reserved: z.number().int() });
