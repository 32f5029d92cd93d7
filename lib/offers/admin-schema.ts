import { z } from 'zod';
import { BASE_MARKET, MARKET_CODES, MARKETS } from '@/lib/markets/markets';
import { moneySchema } from '@/lib/money-schema';
import { MAX_STORED_AMOUNT } from '@/lib/pos/schema';
import { offerCodeBodySchema, offerDiscountSchema } from './schema';

/*
 * What the offers console sends and gets: every field of SPEC 3.4, in the shapes the shop's own
 * offer schemas use (the discount is `OfferDiscount`, money is `Money`, a code is what the cart and
 * the till accept), so a console-made offer is stored, read and applied as a seeded one is.
 */

const text = (max: number) => z.string().trim().min(1, 'Required').max(max);
const count = z.number().int().min(1).max(MAX_STORED_AMOUNT);
const instant = z.iso.datetime({ offset: true, error: 'A date and time, e.g. 2026-12-01T09:00:00+09:00' });

const REGION_SHAPE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

/** Longer than Seoul to Busan: a "near the store" offer is a neighbourhood's, not the country's. */
export const MAX_RADIUS_METERS = 50_000;

export const offerTargetSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('everywhere') }),
    z.object({
      kind: z.literal('store'),
      storeId: z.string().trim().min(1, 'Choose a store').max(60),
      radiusMeters: z.number().int().min(1).max(MAX_RADIUS_METERS),
    }),
    z.object({
      kind: z.literal('region'),
      region: z
        .string()
        .trim()
        .regex(REGION_SHAPE, 'An ISO 3166-2 code, e.g. KR-26')
        .describe('ISO 3166-2'),
    }),
  ])
  .meta({ id: 'OfferTarget' });

/** The discount as the shop shows it, with the bounds the offers table holds it to. */
const discountInputSchema = z.discriminatedUnion('type', [
  offerDiscountSchema.options[0].extend({ percent: z.number().int().min(1).max(100) }),
  offerDiscountSchema.options[1].extend({
    amount: moneySchema.extend({ amount: count }),
  }),
]);

const marketField = z
  .enum(MARKET_CODES)
  .describe('The market it runs in: money is in its currency, a store or region target is in it');

const offerFieldsShape = {
  market: marketField,
  title: text(120),
  description: text(500),
  code: offerCodeBodySchema.shape.code
    .nullable()
    .describe('Upper-cased; the same online and at the till; null for an automatic offer'),
  discount: discountInputSchema,
  startsAt: instant,
  endsAt: instant.nullable().describe('Null: until ended'),
  channels: z.enum(['online', 'store', 'both']),
  audience: z.enum(['everyone', 'first_order', 'returning']),
  minSubtotal: moneySchema
    .extend({ amount: z.number().int().min(0).max(MAX_STORED_AMOUNT) })
    .nullable()
    .describe('Of what the offer covers; null for none'),
  categoryIds: z
    .array(z.string().trim().min(1).max(60))
    .min(1, 'Choose at least one category, or none for all')
    .max(50)
    .nullable()
    .describe('Only these categories count; null for all'),
  usageLimit: count.nullable().describe('Uses in all, online and at the till; null for no limit'),
  perCustomerLimit: count.nullable().describe('Uses per customer; null for no limit'),
  target: offerTargetSchema,
  listed: z.boolean().describe('Shown in "near you" and GET /api/offers'),
};

type Fields = z.infer<z.ZodObject<typeof offerFieldsShape>>;

/** The rules across fields, each reported on the field a person would change. */
function crossFieldIssues(o: Fields, ctx: z.core.$RefinementCtx<Fields>) {
  if (o.endsAt !== null && Date.parse(o.endsAt) <= Date.parse(o.startsAt)) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'Ends after it starts' });
  }
  // The engine takes amounts as the bag's currency, which is the market's: another would be misread.
  const market = MARKETS[o.market];
  if (o.discount.type === 'fixed' && o.discount.amount.currency !== market.currency) {
    ctx.addIssue({
      code: 'custom',
      path: ['discount', 'amount', 'currency'],
      message: `In ${market.currency}, the currency of ${market.code}`,
    });
  }
  if (o.minSubtotal && o.minSubtotal.currency !== market.currency) {
    ctx.addIssue({
      code: 'custom',
      path: ['minSubtotal', 'currency'],
      message: `In ${market.currency}, the currency of ${market.code}`,
    });
  }
  // (A region not of the shape is told once, by its own field's rule.)
  const region = o.target.kind === 'region' ? o.target.region : null;
  if (region && REGION_SHAPE.test(region) && !market.countries.includes(region.slice(0, 2))) {
    ctx.addIssue({
      code: 'custom',
      path: ['target', 'region'],
      message: `A region of ${market.countries.join(', ')}, where ${market.code} sells`,
    });
  }
  if (o.usageLimit !== null && o.perCustomerLimit !== null && o.perCustomerLimit > o.usageLimit) {
    ctx.addIssue({ code: 'custom', path: ['perCustomerLimit'], message: 'At most the usage limit' });
  }
}

export const offerInputSchema = z
  // Absent on a create: the base market, as every offer was before there were markets.
  .object({ ...offerFieldsShape, market: marketField.default(BASE_MARKET) })
  .strict()
  .superRefine(crossFieldIssues)
  .meta({ id: 'OfferInput' });

/** An edit names only what changes; the result is checked as a whole, as a new offer is. */
export const offerPatchSchema = z.object(offerFieldsShape).partial().strict().meta({ id: 'OfferPatch' });

export const OFFER_STATUSES = ['scheduled', 'active', 'ended'] as const;

export const adminOfferSchema = z
  .object({
    id: z.string(),
    ...offerFieldsShape,
    code: z.string().nullable(),
    status: z.enum(OFFER_STATUSES),
    usage: z.object({
      redemptions: z.number().int().describe('Uses recorded, online and at the till'),
      online: z.number().int(),
      store: z.number().int(),
      discounted: moneySchema.describe('What the uses took off, in all'),
    }),
    createdAt: z.string(),
  })
  .meta({ id: 'AdminOffer' });

export const offerIdParamsSchema = z.object({ id: z.string().trim().min(1).max(60) });

export type OfferInput = z.infer<typeof offerInputSchema>;
export type OfferPatch = z.infer<typeof offerPatchSchema>;
export type AdminOffer = z.infer<typeof adminOfferSchema>;
export type OfferStatus = (typeof OFFER_STATUSES)[number];
