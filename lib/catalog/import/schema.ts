import { z } from 'zod';
import { moneySchema } from '@/lib/money-schema';

/* What the catalog-in routes answer with (server and client alike). */

const localizedOut = z.record(z.string(), z.string());

/** A product as the integration API answers with it: every variant, archived ones too, and all translations. */
export const integrationProductSchema = z
  .object({
    id: z.string(),
    handle: z.string(),
    status: z.enum(['active', 'archived']),
    result: z.enum(['created', 'updated', 'unchanged']),
    title: localizedOut,
    description: localizedOut,
    category: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
    tags: z.array(z.string()),
    options: z.array(z.object({ name: z.string(), values: z.array(z.string()) })),
    variants: z.array(
      z.object({
        id: z.string(),
        sku: z.string(),
        options: z.record(z.string(), z.string()),
        price: moneySchema.describe('The base price (the KR market)'),
        prices: z
          .array(
            z.object({
              market: z.string(),
              amount: moneySchema,
              explicit: z.boolean().describe("false: converted from the base price by the market's rate and rounding"),
            }),
          )
          .describe('The price in every market'),
        archived: z.boolean(),
      }),
    ),
    images: z.array(z.object({ url: z.string(), alt: localizedOut, color: z.string().nullable() })),
  })
  .meta({ id: 'IntegrationProduct' });

export type IntegrationProduct = z.infer<typeof integrationProductSchema>;
export type UpsertResult = IntegrationProduct['result'];

export const bulkResultSchema = z
  .object({
    line: z.number().int(),
    handle: z.string().nullable(),
    status: z.enum(['created', 'updated', 'unchanged', 'error']),
    error: z
      .object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.array(z.string())).optional() })
      .optional(),
  })
  .meta({ id: 'BulkProductResult' });

export type BulkResult = z.infer<typeof bulkResultSchema>;
