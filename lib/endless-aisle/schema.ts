import { z } from 'zod';
import { emailSchema } from '@/lib/auth/schema';
import { buyAgainBodySchema } from '@/lib/cart/schema';
import { moneySchema } from '@/lib/money-schema';
import { placedOrderSchema, shippingAddressSchema } from '@/lib/orders/schema';

const id = z.string().trim().min(1).max(60);
const phone = z.string().trim().min(1, 'Enter the customer’s phone').max(30);

/** GET /api/staff/stores/{storeId}/endless-aisle?q: the whole catalog, with stock everywhere. */
export const aisleSearchQuerySchema = z.object({ q: z.string().trim().min(1, 'Type what to look for').max(100) });
export const aisleStoreParamsSchema = z.object({ storeId: id });

const locationStockSchema = z.object({
  locationId: z.string(),
  kind: z.enum(['store', 'warehouse']),
  storeId: z.string().nullable(),
  name: z.string(),
  available: z.number().int().describe('On hand − reserved − safety stock, never below zero'),
});

export const aisleSearchSchema = z
  .object({
    items: z.array(
      z.object({
        productId: z.string(),
        handle: z.string(),
        title: z.string(),
        variants: z.array(
          z.object({
            id: z.string(),
            sku: z.string(),
            options: z.object({ size: z.string().optional(), color: z.string().optional() }),
            price: moneySchema,
            stock: z.array(locationStockSchema).describe('Every location: this store first, then the others'),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'EndlessAisleSearch' });

/**
 * Where a placed bag goes: like the cart's fulfillment, and a delivery may ship from a store
 * that has the whole bag (ship-from-store) instead of the warehouse. A link's bag ships as the
 * shopper's own bag does, from the warehouse.
 */
export const aisleFulfillmentSchema = z
  .discriminatedUnion('type', [
    z.object({
      type: z.literal('ship'),
      from: z
        .union([z.literal('warehouse'), id])
        .optional()
        .describe('The warehouse (also when absent), or the id of the store whose stock ships it'),
    }),
    z.object({ type: z.literal('pickup'), storeId: id }),
  ])
  .meta({ id: 'EndlessAisleFulfillment' });
export type AisleFulfillment = z.infer<typeof aisleFulfillmentSchema>;

const customerSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter the customer’s name')
    .max(100)
    .regex(/^[^\p{Cc}\p{Zl}\p{Zp}]*$/u, 'Write the name on one line'),
  email: emailSchema,
});

/**
 * The bag built at the counter and what to do with it: send it to the customer's phone (a
 * one-time link that opens it in their own bag, to pay online), or place the order now for
 * pickup at a store that has it (paid at that store's till) or delivery from the warehouse or
 * from a store that has it.
 */
export const endlessAisleBodySchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('send_link'),
    storeId: id,
    customerPhone: phone,
    lines: buyAgainBodySchema.shape.lines,
    fulfillment: aisleFulfillmentSchema.describe('A link’s bag is delivered from the warehouse, never a store'),
  }),
  z.object({
    action: z.literal('place_order'),
    storeId: id,
    customerPhone: phone,
    customer: customerSchema,
    lines: buyAgainBodySchema.shape.lines,
    fulfillment: aisleFulfillmentSchema,
    payment: z.enum(['pay_at_store', 'test_card']).describe('pay_at_store: at the pickup store’s till'),
    cardNumber: z
      .string()
      .regex(/^[\d ]{12,23}$/, 'Enter the card number')
      .optional(),
    shippingAddress: shippingAddressSchema.optional(),
  }),
]);
export type EndlessAisleBody = z.infer<typeof endlessAisleBodySchema>;

export const handoffSentSchema = z.object({
  handoff: z.object({ id: z.string(), phone: z.string().describe('Masked'), expiresAt: z.string() }),
});
export const endlessAisleResultSchema = z
  .union([handoffSentSchema, placedOrderSchema.pick({ order: true })])
  .meta({ id: 'EndlessAisleResult' });
export type EndlessAisleResult = z.infer<typeof endlessAisleResultSchema>;

/** POST /api/cart/handoffs: the token of a link an associate sent. */
export const claimHandoffBodySchema = z.object({ token: z.string().trim().min(20).max(100) });
