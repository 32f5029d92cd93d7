import { z } from 'zod';
import { bothOrNeither, positionShape } from '@/lib/geo/schema';
import { marketParam } from '@/lib/markets/market-param';

export const availabilityQuerySchema = z
  .object({
    variantId: z.string().trim().min(1).max(60),
    ...positionShape,
    storeId: z.string().trim().max(60).optional(),
    market: marketParam,
  })
  .refine(...bothOrNeither);

export const availabilitySchema = z
  .object({
    ship: z.object({ available: z.number().int() }),
    stores: z.array(
      z.object({
        storeId: z.string(),
        name: z.string(),
        city: z.string(),
        distanceMeters: z.number().int().optional(),
        available: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'Availability' });

export type Availability = z.infer<typeof availabilitySchema>;
