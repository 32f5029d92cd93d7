import { z } from 'zod';
import { BASE_MARKET as BASE_MARKET_CODE, isMarketCode, MARKET_CODES, marketOf } from '@/lib/markets/markets';

/**
 * What a retailer sends for one product (PUT /api/integrations/products/{handle}, a line of the
 * bulk NDJSON, a product the importer built from a Shopify CSV): the wire schema and its rules.
 */

/**
 * The base price list's market: its price is the variant's base price, from which every market
 * without an explicit price of its own is converted (lib/markets/price-list.ts).
 */
export const BASE_MARKET = { code: BASE_MARKET_CODE, currency: marketOf(BASE_MARKET_CODE).currency } as const;

export const handleSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Lowercase letters, digits and single hyphens, like "wool-coat"');

/** Text per locale: English is the shop's base text; Korean and Japanese are translations. */
const localized = (max: number) => {
  const text = z.string().trim().max(max);
  return z.object({ en: text.optional(), ko: text.optional(), ja: text.optional() }).strict();
};
const localizedTitle = z
  .object({
    en: z.string().trim().min(1).max(200),
    ko: z.string().trim().max(200).optional(),
    ja: z.string().trim().max(200).optional(),
  })
  .strict();

const optionSchema = z
  .object({
    name: z.string().trim().min(1).max(40),
    values: z.array(z.string().trim().min(1).max(60)).min(1).max(100),
  })
  .strict();

const priceSchema = z
  .object({
    market: z.string().trim().min(2).max(8),
    /** Integer minor units of the market's currency (KRW and JPY have none, SGD and USD cents). */
    amount: z.number().int().min(0).max(2_000_000_000),
  })
  .strict();

const variantSchema = z
  .object({
    sku: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .regex(/^[^\s]+$/, 'No spaces'),
    options: z.record(z.string(), z.string().trim().min(1).max(60)).default({}),
    prices: z.array(priceSchema).min(1).max(8),
  })
  .strict();

const imageSchema = z
  .object({
    /** An http(s) URL the shop fetches once and stores, or one of the shop's own `/media/…` URLs. */
    src: z.string().trim().min(1).max(2000),
    alt: localized(300).optional(),
    /** The colour the image shows (a value of the colour option), so the gallery follows the chosen variant. */
    color: z.string().trim().min(1).max(60).optional(),
  })
  .strict();

const productObject = z
  .object({
    title: localizedTitle,
    description: localized(20_000).default({}),
    /** A category's slug or name; an unknown one is created (see README). */
    category: z.string().trim().min(1).max(80),
    tags: z.array(z.string().trim().min(1).max(60)).max(50).default([]),
    status: z.enum(['active', 'archived']).default('active'),
    options: z.array(optionSchema).max(3).default([]),
    variants: z.array(variantSchema).min(1).max(500),
    images: z.array(imageSchema).max(50).default([]),
  })
  .strict();

export type ProductInput = z.infer<typeof productObject>;

export const productInputSchema = productObject
  .superRefine((input, ctx) => checkProductRules(input, ctx))
  .meta({ id: 'IntegrationProductInput' });

/** A line of the bulk NDJSON (and of the importer's NDJSON): a product with its handle inside. */
export const productLineSchema = z.object({ handle: handleSchema }).passthrough();

/** The same line as the OpenAPI document describes it (each line is parsed as `productLineSchema`, then the product). */
export const productLineDocSchema = productObject
  .extend({ handle: handleSchema })
  .meta({ id: 'IntegrationProductLine', description: 'A product as PUT takes it, with its `handle`' });

/** Options are declared once; each variant names a declared value of each; SKUs and combinations are unique. */
function checkProductRules(input: ProductInput, ctx: z.RefinementCtx): void {
  const names = new Map<string, number>();
  input.options.forEach((o, i) => {
    const key = o.name.toLowerCase();
    if (names.has(key)) ctx.addIssue({ code: 'custom', path: ['options', i, 'name'], message: 'Declared twice' });
    names.set(key, i);
    if (new Set(o.values).size !== o.values.length)
      ctx.addIssue({ code: 'custom', path: ['options', i, 'values'], message: 'A value is listed twice' });
  });
  const skus = new Set<string>();
  const combos = new Set<string>();
  input.variants.forEach((v, i) => {
    if (skus.has(v.sku)) ctx.addIssue({ code: 'custom', path: ['variants', i, 'sku'], message: 'Listed twice' });
    skus.add(v.sku);
    const given = new Map(Object.entries(v.options).map(([k, value]) => [k.toLowerCase(), { k, value }]));
    for (const { k } of given.values()) {
      if (!names.has(k.toLowerCase()))
        ctx.addIssue({ code: 'custom', path: ['variants', i, 'options', k], message: 'Not one of the options' });
    }
    for (const o of input.options) {
      const chosen = given.get(o.name.toLowerCase());
      if (!chosen)
        ctx.addIssue({ code: 'custom', path: ['variants', i, 'options', o.name], message: 'Choose a value' });
      else if (!o.values.includes(chosen.value))
        ctx.addIssue({
          code: 'custom',
          path: ['variants', i, 'options', chosen.k],
          message: `Not one of ${o.values.join(', ')}`,
        });
    }
    const combo = input.options.map((o) => given.get(o.name.toLowerCase())?.value ?? '').join('\u0000');
    if (input.options.length && combos.has(combo))
      ctx.addIssue({ code: 'custom', path: ['variants', i, 'options'], message: 'Another variant has these options' });
    combos.add(combo);
    const markets = new Set<string>();
    v.prices.forEach((price, j) => {
      if (!isMarketCode(price.market))
        ctx.addIssue({
          code: 'custom',
          path: ['variants', i, 'prices', j, 'market'],
          message: `Not a market of the shop: one of ${MARKET_CODES.join(', ')}`,
        });
      if (markets.has(price.market))
        ctx.addIssue({ code: 'custom', path: ['variants', i, 'prices', j, 'market'], message: 'Priced twice' });
      markets.add(price.market);
    });
    if (!markets.has(BASE_MARKET.code))
      ctx.addIssue({
        code: 'custom',
        path: ['variants', i, 'prices'],
        message: `Needs a ${BASE_MARKET.code} price (${BASE_MARKET.currency}): the base price other markets convert from`,
      });
  });
}
