import { z } from 'zod';

export const pickupParamsSchema = z.object({ orderId: z.string().min(1).max(60) });
export const readyBodySchema = z.object({ storeId: z.string().min(1).max(60) });
export const collectedBodySchema = readyBodySchema.extend({ code: z.string().trim().min(4).max(12) });
