import { z } from 'zod';
import { baseLangSchema, imageSchema, optionLabelSchema } from '@/lib/catalog/schema';
import { moneySchema } from '@/lib/money-schema';
import { cartDeliverySchema } from '@/lib/delivery/schema';
import { MARKET_CODES } from '@/lib/markets/markets';
import { appliedDiscountSchema, cartOfferCodeSchema, offerHintSchema } from '@/lib/offers/schema';
import { MAX_LINE_QUANTITY } from './limits';

/** No line may hold more than this many units (a shop rule, and a guard against typos). */
export { MAX_LINE_QUANTITY };

const id = z.string().trim().min(1).max(60);

export const fulfillmentSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('ship') }),
    z.object({ type: z.literal('pickup'), storeId: id }),
  ])
  .meta({ id: 'Fulfillment' });

const quantity = z
  .number({ error: 'Must be a whole number' })
  .int('Must be a whole number')
  .min(1, 'Must be at least 1')
  .max(MAX_LINE_QUANTITY, `At most ${MAX_LINE_QUANTITY} per line`);

export const addLineBodySchema = z.object({
  variantId: id,
  quantity: quantity.default(1),
  fulfillment: fulfillmentSchema.default({ type: 'ship' }),
});

export const patchLineBodySchema = z
  .object({ quantity: quantity.optional(), fulfillment: fulfillmentSchema.optional() })
  .refine((b) => b.quantity !== undefined || b.fulfillment !== undefined, {
    path: ['quantity'],
    message: 'Give a quantity, a fulfillment, or both',
  });

/**
 * "Buy again" from a past order: which of its items, how many of each, and how. Pickup is for
 * the bag's store (naming another makes it the bag's, as adding a line does); an item is
 * named by its variant, which must be one of the order's.
 */
export const buyAgainBodySchema = z.object({
  lines: z
    .array(z.object({ variantId: id, quantity }))
    .min(1, 'Choose at least one item')
    .max(100),
  fulfillment: fulfillmentSchema,
});

export const pickupStoreBodySchema = z.object({ storeId: id.nullable() });

export const lineParamsSchema = z.object({ lineId: id });

export const cartNoticeSchema = z
  .object({
    code: z.enum([
      'merged',
      'quantity_capped',
      'availability_changed',
      'added',
      'unavailable',
      'moved_to_delivery',
      'discontinued',
      // A market change (PUT /api/cart/market) or a sign-in merge into the account's market:
      'market_changed',
      'market_kept',
      'price_changed',
      'moved_to_market_delivery',
      'dropped_for_market',
      'offer_code_dropped',
    ]),
    sku: z.string().optional(),
    title: z.string().optional(),
    requested: z.number().int().optional(),
    kept: z.number().int().optional(),
    count: z.number().int().optional(),
    /** The market the bag is now priced in (market_changed, market_kept, and what that market cannot do). */
    market: z.string().optional(),
    /** price_changed: the line's unit price before and after. */
    from: moneySchema.optional(),
    to: moneySchema.optional(),
    /** offer_code_dropped: the code that left the bag. */
    offerCode: z.string().optional(),
  })
  .meta({ id: 'CartNotice' });

export const cartLineSchema = z
  .object({
    id: z.string(),
    variantId: z.string(),
    sku: z.string(),
    productId: z.string(),
    handle: z.string(),
    title: z.string(),
    titleLang: baseLangSchema,
    options: z.object({ size: z.string().optional(), color: z.string().optional() }),
    optionLabels: z
      .object({ size: optionLabelSchema.optional(), color: optionLabelSchema.optional() })
      .optional()
      .describe("The colour and size names in the request's locale"),
    image: imageSchema.nullable(),
    quantity: z.number().int(),
    unitPrice: moneySchema,
    lineTotal: moneySchema,
    fulfillment: fulfillmentSchema,
    /** Units available at the line's location right now. */
    available: z.number().int(),
  })
  .meta({ id: 'CartLine' });

export const cartTaxSchema = z
  .object({
    included: z
      .boolean()
      .describe('true: the tax is inside the prices (KR, JP, SG), shown only; false: added to the total (US)'),
    amount: moneySchema,
    estimated: z
      .boolean()
      .describe('true while the rate is a guess (US, before the shipping state is known): checkout works it out'),
  })
  .meta({ id: 'CartTax' });

export const cartSchema = z
  .object({
    id: z.string().nullable().describe('null until the first item is added'),
    version: z.number().int(),
    market: z.enum(MARKET_CODES).describe('The market the bag is priced in; `currency` is its currency'),
    currency: z.string(),
    pickupStoreId: z.string().nullable(),
    pickupStore: z.object({ id: z.string(), name: z.string() }).nullable(),
    lines: z.array(cartLineSchema),
    itemCount: z.number().int(),
    subtotal: moneySchema,
    discounts: z.array(appliedDiscountSchema).describe('The best automatic offer and at most one code'),
    offerCode: cartOfferCodeSchema.nullable().describe('The code entered, and whether it applies here and now'),
    offerHints: z
      .array(offerHintSchema)
      .describe('Offers in reach here whose minimum the bag has not reached, with how much more it takes'),
    delivery: cartDeliverySchema.nullable().describe('null when nothing in the bag is delivered'),
    tax: cartTaxSchema,
    total: moneySchema.describe(
      'Subtotal − discounts + the delivery fee of cart.delivery.option (+ tax where it is added: US)',
    ),
    notices: z.array(cartNoticeSchema).optional(),
    etag: z
      .string()
      .optional()
      .describe(
        'The ETag of this view of the bag, as the ETag header: send it as If-None-Match to poll, or as If-Match',
      ),
  })
  .meta({ id: 'Cart' });

export type Fulfillment = z.infer<typeof fulfillmentSchema>;
export type AddLineBody = z.infer<typeof addLineBodySchema>;
export type BuyAgainBody = z.infer<typeof buyAgainBodySchema>;
export type PatchLineBody = z.infer<typeof patchLineBodySchema>;
export type CartNotice = z.infer<typeof cartNoticeSchema>;
export type CartLine = z.infer<typeof cartLineSchema>;
export type Cart = z.infer<typeof cartSchema>;
