import { z } from 'zod';

export const pickupParamsSchema = z.object({ orderId: z.string().min(1).max(60) });
export const readyBodySchema = z.object({ storeId: z.string().min(1).max(60) });
export const collectedBodySchema = readyBodySchema.extend({ code: z.string().trim().min(4).max(12) });

export const posOrderBodySchema = z.object({
  externalId: z.string().trim().min(1).max(100),
  storeId: z.string().min(1).max(60),
  phone: z.string().max(40).optional(),
  placedAt: z.iso.datetime({ offset: true, error: 'An ISO 8601 date-time' }),
  currency: z.string().length(3),
  lines: z
    .array(
      z.object({
        sku: z.string().min(1).max(100),
        quantity: z.number().int().min(1).max(10_000),
        unitPrice: z.number().int().min(0).max(1_000_000_000),
      }),
    )
    .min(1)
    .max(500),
  total: z.number().int().min(0).max(1_000_000_000_000),
});

export type PosOrderBody = z.infer<typeof posOrderBodySchema>;
