import { z } from 'zod';

export const pickupParamsSchema = z.object({ orderId: z.string().min(1).max(60) });
export const readyBodySchema = z.object({ storeId: z.string().min(1).max(60) });
export const collectedBodySchema = readyBodySchema.extend({ code: z.string().trim().min(4).max(12) });

/**
 * The largest amount in minor units that the money columns (PostgreSQL `integer`) hold. A till
 * sale past ₩2,147,483,647 (or $21 million in cents) is not a sale a shop rings up, so the API
 * states the column's bound rather than widening every money column for it.
 */
export const MAX_STORED_AMOUNT = 2_147_483_647;
const storedAmount = z.number().int().min(0).max(MAX_STORED_AMOUNT);

export const posOrderBodySchema = z.object({
  externalId: z.string().trim().min(1).max(100),
  storeId: z.string().min(1).max(60),
  phone: z.string().max(40).optional(),
  placedAt: z.iso
    .datetime({ offset: true, error: 'An ISO 8601 date-time' })
    .describe('When the sale was made: within the last 5 years and no more than 5 minutes ahead of the server clock'),
  currency: z.string().length(3),
  lines: z
    .array(
      z.object({
        sku: z.string().min(1).max(100),
        quantity: z.number().int().min(1).max(10_000),
        unitPrice: storedAmount,
      }),
    )
    .min(1)
    .max(500)
    .describe(`Σ quantity × unitPrice is at most ${MAX_STORED_AMOUNT}`),
  discount: storedAmount
    .optional()
    .describe('What the till took off the lines (offer codes, markdowns), in minor units; 0 when absent'),
  total: storedAmount.describe('Σ quantity × unitPrice − discount, exactly; anything else is total_mismatch'),
});

export type PosOrderBody = z.infer<typeof posOrderBodySchema>;
