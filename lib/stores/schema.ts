import { z } from 'zod';
import { bothOrNeither, positionShape } from '@/lib/geo/schema';

export const storesQuerySchema = z.object(positionShape).refine(...bothOrNeither);

const dayHours = z.object({ open: z.string(), close: z.string() }).nullable();

export const storeSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    address: z.object({
      street: z.string(),
      city: z.string(),
      region: z.string().describe('ISO 3166-2'),
      postalCode: z.string(),
      country: z.string(),
    }),
    lat: z.number(),
    lng: z.number(),
    phone: z.string().describe('E.164'),
    phoneDisplay: z.string().describe('As dialled in the country'),
    timezone: z.string(),
    distanceMeters: z.number().int().optional(),
    openNow: z.boolean(),
    climate: z
      .enum(['cold', 'mild', 'warm'])
      .describe("The region's winter: a cold one lifts outerwear near the store"),
    hours: z.array(dayHours).length(7).describe('Monday first; null when closed'),
  })
  .meta({ id: 'Store' });

export type Store = z.infer<typeof storeSchema>;
