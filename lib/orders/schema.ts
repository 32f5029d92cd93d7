import { z } from 'zod';
import { emailSchema } from '@/lib/auth/schema';
import { moneySchema } from '@/lib/money-schema';
import { checkoutDeliverySchema, orderDeliverySchema } from '@/lib/delivery/schema';
import { US_STATES } from '@/lib/markets/us-sales-tax';

export const PAYMENT_METHODS = ['pay_at_pickup', 'test_card'] as const;

/** A postal code as each market's post writes it. */
const POSTAL_CODES: Record<string, { pattern: RegExp; message: string }> = {
  KR: { pattern: /^\d{5}$/, message: 'Enter a 5-digit postal code' },
  JP: { pattern: /^\d{3}-?\d{4}$/, message: 'Enter a 7-digit postal code, like 150-0041' },
  SG: { pattern: /^\d{6}$/, message: 'Enter a 6-digit postal code' },
  US: { pattern: /^\d{5}(?:-\d{4})?$/, message: 'Enter a ZIP code, like 94103' },
};

export const shippingAddressSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter the recipient').max(100),
    line1: z.string().trim().min(1, 'Enter the street address').max(200),
    line2: z.string().trim().max(200).optional(),
    city: z.string().trim().min(1, 'Enter the city').max(100),
    postalCode: z.string().trim().max(10),
    /** Delivered only within the bag's market (checkout refuses another with 422 `address_other_market`). */
    country: z.enum(['KR', 'JP', 'SG', 'US']).default('KR'),
    region: z
      .string()
      .trim()
      .toUpperCase()
      .max(3)
      .optional()
      .describe('US: the state (two letters, e.g. CA); its sales tax rate applies'),
  })
  .superRefine((a, ctx) => {
    const postal = POSTAL_CODES[a.country];
    if (postal && !postal.pattern.test(a.postalCode))
      ctx.addIssue({ code: 'custom', path: ['postalCode'], message: postal.message });
    if (a.country === 'US' && !(a.region && US_STATES.includes(a.region)))
      ctx.addIssue({ code: 'custom', path: ['region'], message: 'Choose the state' });
  });

export const checkoutBodySchema = z.object({
  contact: z.object({
    email: emailSchema,
    phone: z.string().trim().max(30).optional(),
  }),
  payment: z.discriminatedUnion('method', [
    z.object({ method: z.literal('pay_at_pickup') }),
    z.object({
      method: z.literal('test_card'),
      cardNumber: z.string().regex(/^[\d ]{12,23}$/, 'Enter the card number'),
    }),
  ]),
  shippingAddress: shippingAddressSchema.optional(),
  /** Who collects the pickup: the shopper, or someone else the counter should expect. */
  collector: z
    .discriminatedUnion('type', [
      z.object({ type: z.literal('self') }),
      z.object({
        type: z.literal('someone_else'),
        // It goes into the confirmation e-mail as written: one line, so it cannot add lines of its own.
        name: z
          .string()
          .trim()
          .min(1, 'Enter the name of who collects')
          .max(100)
          .regex(/^[^\p{Cc}\p{Zl}\p{Zp}]*$/u, 'Write the name on one line'),
        phone: z.string().trim().max(30).optional(),
      }),
    ])
    .default({ type: 'self' }),
  /** How delivered lines travel; ignored when every line is collected. */
  delivery: checkoutDeliverySchema.optional(),
  /** The total the shopper saw, in minor units: if the server's total differs, nothing is placed (409 offers_changed). */
  expectedTotal: z.number().int().min(0).optional(),
});

const orderLineSchema = z.object({
  variantId: z.string().nullable().describe('null when the product has since been removed'),
  sku: z.string(),
  title: z.string(),
  options: z.object({ size: z.string().optional(), color: z.string().optional() }),
  quantity: z.number().int(),
  unitPrice: moneySchema,
  lineTotal: moneySchema,
  fulfillment: z.discriminatedUnion('type', [
    z.object({ type: z.literal('ship') }),
    z.object({ type: z.literal('pickup'), storeId: z.string() }),
    z.object({ type: z.literal('in_store'), storeId: z.string() }),
  ]),
  /** In-store sales only: units sold beyond the stock on record. */
  oversold: z.number().int().optional(),
});

export const pickupSchema = z
  .object({
    storeId: z.string(),
    storeName: z.string(),
    code: z.string(),
    status: z.enum(['reserved', 'ready', 'collected', 'expired', 'cancelled']),
    holdUntil: z
      .string()
      .describe("ISO 8601; an uncollected pickup is released after this, always within the store's opening hours"),
    readyBy: z.string().nullable().describe('ISO 8601; when the store expects it picked'),
    store: z.object({
      street: z.string(),
      city: z.string(),
      postalCode: z.string(),
      phone: z.string().describe('E.164'),
      lat: z.number(),
      lng: z.number(),
      timezone: z.string(),
      hours: z.array(z.object({ open: z.string(), close: z.string() }).nullable()).describe('Monday first'),
    }),
    readyAt: z.string().nullable().optional().describe('When the store had it ready'),
    collectedAt: z.string().nullable().optional(),
    expiredAt: z.string().nullable().optional(),
  })
  .meta({ id: 'Pickup' });

export const orderSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    channel: z.enum(['online', 'store']),
    source: z
      .enum(['endless_aisle'])
      .optional()
      .describe('endless_aisle: made for the shopper by a store associate (channel store)'),
    storeId: z
      .string()
      .optional()
      .describe('Channel store: the store of the sale, or whose associate made the order (endless aisle)'),
    storeName: z.string().optional(),
    status: z.enum(['placed', 'ready', 'collected', 'expired', 'cancelled']),
    placedAt: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    subtotal: moneySchema,
    discounts: z.array(
      z.object({ offerId: z.string(), title: z.string(), code: z.string().nullable(), amount: moneySchema }),
    ),
    delivery: orderDeliverySchema
      .nullable()
      .describe('The delivery chosen and its fee (part of the total); null when nothing is delivered'),
    shipFromStore: z
      .object({ id: z.string(), name: z.string() })
      .optional()
      .describe('Ship-from-store (endless aisle): the store that sends the delivered items; absent: the warehouse'),
    tax: z
      .object({ included: z.boolean(), amount: moneySchema })
      .optional()
      .describe(
        'included: the tax inside the prices (KR, JP, SG), shown only; otherwise US sales tax, added to the total',
      ),
    total: moneySchema.describe('Subtotal − discounts + delivery fee (+ sales tax where added: US)'),
    payment: z.object({
      method: z.enum([...PAYMENT_METHODS, 'in_store']),
      status: z.enum(['due_at_pickup', 'authorized', 'paid', 'voided']),
    }),
    cancelledAt: z.string().nullable().optional().describe('When the shopper cancelled it'),
    shippingAddress: shippingAddressSchema.nullable(),
    lines: z.array(orderLineSchema),
    pickup: pickupSchema.optional().describe('The first pickup, when the order has one'),
    pickups: z.array(pickupSchema),
    collector: z
      .object({ name: z.string(), phone: z.string().nullable() })
      .nullable()
      .describe('Someone other than the shopper collects the pickup; null when the shopper does'),
  })
  .meta({ id: 'Order' });

export const placedOrderSchema = z.object({
  order: orderSchema,
  /** Shown once: lets a guest open the order page. */
  accessToken: z.string(),
});

export const orderLookupQuerySchema = z.object({ number: z.string().trim().min(5).max(40), email: emailSchema });

export const orderListQuerySchema = z.object({ channel: z.enum(['online', 'store']).optional() });

export const orderParamsSchema = z.object({ id: z.string().min(1).max(60) });
export const orderAccessQuerySchema = z.object({ token: z.string().max(100).optional() });

export type CheckoutBody = z.infer<typeof checkoutBodySchema>;
export type Order = z.infer<typeof orderSchema>;
export type Pickup = z.infer<typeof pickupSchema>;
