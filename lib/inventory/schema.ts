import { z } from 'zod';

const coordinate = (min: number, max: number) => z.coerce.number({ error: 'Must be a number' }).min(min).max(max);

export const availabilityQuerySchema = z
  .object({
    variantId: z.string().trim().min(1).max(60),
    lat: coordinate(-90, 90).optional(),
    lng: coordinate(-180, 180).optional(),
    storeId: z.string().trim().max(60).optional(),
  })
  .refine((q) => (q.lat === undefined) === (q.lng === undefined), {
    path: ['lat'],
    message: 'Give both lat and lng, or neither',
  });

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
