import { z } from 'zod';
import { bothOrNeither, positionShape } from '@/lib/geo/schema';
import { marketParam } from '@/lib/markets/market-param';

export const storesQuerySchema = z
  .object({
    ...positionShape,
    pickup: z
      .enum(['true'])
      .optional()
      .describe('true: only the stores that take pickup orders now (the choices for a pickup)'),
    market: marketParam,
  })
  .refine(...bothOrNeither);

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
    phone: z.string().describe('E.164; empty when the store takes no calls'),
    phoneDisplay: z.string().describe('As dialled in the country; empty when there is no phone'),
    timezone: z.string(),
    distanceMeters: z.number().int().optional(),
    openNow: z.boolean(),
    climate: z
      .enum(['cold', 'mild', 'warm'])
      .describe("The region's winter: a cold one lifts outerwear near the store"),
    hours: z.array(dayHours).length(7).describe('Monday first; null when closed'),
    pickup: z.boolean().describe('Whether the store takes pickup orders now; false: choose another store'),
    translations: z
      .partialRecord(
        z.enum(['ko', 'ja']),
        z.object({ name: z.string().optional(), street: z.string().optional(), city: z.string().optional() }),
      )
      .describe('The name and address lines in other locales, where the retailer gave them; else the text above'),
  })
  .meta({ id: 'Store' });

export type Store = z.infer<typeof storeSchema>;
