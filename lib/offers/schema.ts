import { z } from 'zod';
import { bothOrNeither, positionShape } from '@/lib/geo/schema';
import { marketParam } from '@/lib/markets/market-param';
import { MARKET_CODES } from '@/lib/markets/markets';
import { moneySchema } from '@/lib/money-schema';
import { MAX_STORED_AMOUNT } from '@/lib/pos/schema';

export const offerReasonSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('near_store'),
      storeId: z.string(),
      storeName: z.string(),
      distanceMeters: z.number().int(),
    }),
    z.object({ kind: z.literal('at_store'), storeId: z.string(), storeName: z.string() }),
    z.object({ kind: z.literal('region'), region: z.string().describe('ISO 3166-2') }),
    z.object({ kind: z.literal('everywhere') }),
  ])
  .meta({ id: 'OfferReason' });

export const offerDiscountSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('percent'), percent: z.number().int() }),
    z.object({ type: z.literal('fixed'), amount: moneySchema }),
  ])
  .meta({ id: 'OfferDiscount' });

export const offerSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    code: z.string().optional().describe('Absent for an automatic offer'),
    discount: offerDiscountSchema,
    minSubtotal: moneySchema.optional(),
    categoryIds: z.array(z.string()).optional().describe('Only these categories count; absent for all'),
    categorySlugs: z.array(z.string()).optional(),
    audience: z.enum(['everyone', 'first_order', 'returning']),
    market: z.enum(MARKET_CODES).describe('The market it runs in; its amounts are in that market’s currency'),
    endsAt: z.string().optional(),
    reason: z.string().describe('Why it applies here, e.g. "800 m from Aisle Seongsu"'),
    reasonDetail: offerReasonSchema,
  })
  .meta({ id: 'Offer' });

export const offersQuerySchema = z
  .object({ ...positionShape, storeId: z.string().trim().min(1).max(60).optional(), market: marketParam })
  .refine(...bothOrNeither);

export const offerCodeBodySchema = z.object({
  code: z
    .string()
    .trim()
    .min(3, 'Enter the offer code')
    .max(40)
    .regex(/^[A-Za-z0-9-]+$/, 'Letters, digits and dashes only')
    .transform((c) => c.toUpperCase()),
});

export const appliedDiscountSchema = z
  .object({
    offerId: z.string(),
    title: z.string(),
    code: z.string().nullable(),
    amount: moneySchema,
    reason: offerReasonSchema,
  })
  .meta({ id: 'AppliedDiscount' });

export const offerHintSchema = z
  .object({
    offerId: z.string(),
    title: z.string(),
    code: z.string().nullable(),
    discount: offerDiscountSchema,
    spendMore: moneySchema.describe('How much more of what the offer covers it takes'),
  })
  .meta({ id: 'OfferHint' });

export const OFFER_CODE_STATUSES = [
  'applied',
  'unknown_code',
  'other_market',
  'not_started',
  'ended',
  'wrong_channel',
  'out_of_area',
  'audience',
  'below_minimum',
  'no_eligible_items',
  'used_up',
  'customer_limit',
] as const;

export const cartOfferCodeSchema = z
  .object({ code: z.string(), status: z.enum(OFFER_CODE_STATUSES) })
  .meta({ id: 'CartOfferCode' });

export const posRedeemBodySchema = z.object({
  code: offerCodeBodySchema.shape.code,
  storeId: z.string().trim().min(1).max(60),
  subtotal: z
    .number()
    .int()
    .min(0)
    .max(MAX_STORED_AMOUNT)
    .describe('What the offer covers in this sale, in minor units'),
  externalId: z.string().trim().min(1).max(100).describe("The till's id for the sale: one code per sale"),
  phone: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .optional()
    .describe(
      "The customer's phone, read with the store's country as default region: first-order and returning-customer codes need it, and per-customer limits count by it",
    ),
});

export type OfferReason = z.infer<typeof offerReasonSchema>;
export type Offer = z.infer<typeof offerSchema>;
export type AppliedDiscount = z.infer<typeof appliedDiscountSchema>;
export type OfferHint = z.infer<typeof offerHintSchema>;
export type PosRedeemBody = z.infer<typeof posRedeemBodySchema>;
export type OfferCodeStatus = (typeof OFFER_CODE_STATUSES)[number];
