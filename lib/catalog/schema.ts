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

export const imageSchema = z.object({ url: z.string(), alt: z.string() }).meta({ id: 'Image' });

export const productSummarySchema = z
  .object({
    id: z.string(),
    handle: z.string(),
    title: z.string(),
    category: z.string().describe('Category slug'),
    price: moneySchema.describe('The lowest variant price'),
    image: imageSchema.nullable(),
    colors: z.array(z.object({ name: z.string(), hex: z.string() })),
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

export const categoryRefSchema = z.object({ id: z.string(), slug: z.string(), name: z.string() });

export const productDetailSchema = z
  .object({
    id: z.string(),
    handle: z.string(),
    title: z.string(),
    description: z.string(),
    category: categoryRefSchema,
    tags: z.array(z.string()),
    images: z.array(imageSchema.extend({ color: z.string().nullable() })),
    variants: z.array(variantSchema),
  })
  .meta({ id: 'ProductDetail' });

export const categorySchema = categoryRefSchema
  .extend({ description: z.string(), imageKind: z.string(), productCount: z.number().int() })
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
export type Facets = {
  sizes: { name: string; count: number }[];
  colors: { name: string; hex: string; count: number }[];
  price: { min: number; max: number; currency: string } | null;
};
