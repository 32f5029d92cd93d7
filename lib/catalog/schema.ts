import { z } from 'zod';
import { moneySchema } from '@/lib/money-schema';
import { marketParam } from '@/lib/markets/market-param';
import { SORTS } from './sorts';

export const PAGE_LIMIT_MAX = 60;
export { SORTS };

/** `size=M&size=L` or `size=M,L`: both become ['M', 'L']. */
const listParam = z
  .union([z.string(), z.array(z.string())])
  .transform((v) =>
    (Array.isArray(v) ? v : [v])
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().min(1).max(40)).max(20));

const minorUnits = z.coerce
  .number({ error: 'Must be a whole number of minor units' })
  .int('Must be a whole number of minor units')
  .min(0, 'Must not be negative')
  .max(1_000_000_000);

const cursorSchema = z
  .string()
  .max(64)
  .transform((value, ctx) => {
    try {
      const decoded = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown;
      const parsed = z.object({ o: z.number().int().min(0).max(100_000) }).safeParse(decoded);
      if (parsed.success) return parsed.data.o;
    } catch {
      // Falls through to the issue below: a cursor is only ever one we issued.
    }
    ctx.addIssue({ code: 'custom', message: 'Not a cursor this API issued' });
    return z.NEVER;
  });

export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

export const productListQuerySchema = z
  .object({
    q: z.string().trim().max(100).optional(),
    category: z.string().trim().max(60).optional(),
    size: listParam.optional(),
    color: listParam.optional(),
    minPrice: minorUnits.optional(),
    maxPrice: minorUnits.optional(),
    storeId: z.string().trim().max(60).optional(),
    market: marketParam,
    sort: z.enum(SORTS).optional(),
    cursor: cursorSchema.optional(),
    limit: z.coerce
      .number({ error: 'Must be a whole number' })
      .int('Must be a whole number')
      .min(1, 'Must be at least 1')
      .max(PAGE_LIMIT_MAX, `Must be at most ${PAGE_LIMIT_MAX}`)
      .default(24),
  })
  .refine((q) => q.minPrice === undefined || q.maxPrice === undefined || q.minPrice <= q.maxPrice, {
    path: ['minPrice'],
    message: 'Must not exceed maxPrice',
  });

export type ProductListFilters = Omit<z.output<typeof productListQuerySchema>, 'cursor'> & { offset?: number };

/**
 * Beside a text the shop shows in the request's locale: `'en'` when the locale has no translation
 * and the text is the base (English) one, so a page marks it `lang="en"`. Absent when translated.
 */
export const baseLangSchema = z.literal('en').optional();

/** An option value (a colour, a size) as the locale names it, from the retailer's dictionary. */
export const optionLabelSchema = z.object({ text: z.string(), lang: baseLangSchema });

export const imageSchema = z.object({ url: z.string(), alt: z.string() }).meta({ id: 'Image' });

export const productSummarySchema = z
  .object({
    id: z.string(),
    handle: z.string(),
    title: z.string(),
    titleLang: baseLangSchema,
    category: z.string().describe('Category slug'),
    price: moneySchema.describe('The lowest variant price'),
    image: imageSchema.nullable(),
    colors: z.array(
      z.object({
        name: z.string().describe('The base value: what filters and variants use'),
        hex: z.string(),
        label: optionLabelSchema.optional().describe("The colour's name in the request's locale"),
      }),
    ),
    color: z.string().optional().describe('With a colour filter on: the chosen colour the image shows'),
  })
  .meta({ id: 'ProductSummary' });

export const productListSchema = z.object({
  items: z.array(productSummarySchema),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
});

export const variantSchema = z
  .object({
    id: z.string(),
    sku: z.string(),
    options: z.object({ size: z.string().optional(), color: z.string().optional() }),
    colorHex: z.string().nullable(),
    price: moneySchema,
  })
  .meta({ id: 'Variant' });

export const categoryRefSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  nameLang: baseLangSchema,
});

export const productDetailSchema = z
  .object({
    id: z.string(),
    handle: z.string(),
    title: z.string(),
    titleLang: baseLangSchema,
    description: z.string(),
    descriptionLang: baseLangSchema,
    category: categoryRefSchema,
    tags: z.array(z.string()),
    images: z.array(imageSchema.extend({ color: z.string().nullable() })),
    variants: z.array(variantSchema),
    optionLabels: z
      .record(z.string(), z.record(z.string(), optionLabelSchema))
      .optional()
      .describe("Per option (size, color), each value's name in the request's locale"),
  })
  .meta({ id: 'ProductDetail' });

export const categorySchema = categoryRefSchema
  .extend({
    description: z.string(),
    descriptionLang: baseLangSchema,
    imageKind: z.string(),
    productCount: z.number().int(),
  })
  .meta({ id: 'Category' });

export const handleParamsSchema = z.object({
  handle: z
    .string()
    .min(1)
    .max(120)
    .regex(/^[a-z0-9-]+$/, 'Not a product handle'),
});

export type ProductSummary = z.infer<typeof productSummarySchema>;
export type ProductList = z.infer<typeof productListSchema>;
export type ProductDetail = z.infer<typeof productDetailSchema>;
export type Variant = z.infer<typeof variantSchema>;
export type Category = z.infer<typeof categorySchema>;

/**
 * The filter options a listing offers, only values its results have: each with how many products
 * it would show, counted with every other filter on but not its own (so a shopper can widen).
 */
export type OptionLabel = z.infer<typeof optionLabelSchema>;
export type Facets = {
  sizes: { name: string; count: number; label?: OptionLabel }[];
  colors: { name: string; hex: string; count: number; label?: OptionLabel }[];
  price: { min: number; max: number; currency: string } | null;
};
