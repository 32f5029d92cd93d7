import { z } from 'zod';
import { moneySchema } from '@/lib/money-schema';
import type { Money } from '@/lib/money';
import type { DeliveryQuote } from './engine';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const deliveryEstimateSchema = z
  .object({
    earliest: day.describe('YYYY-MM-DD in the shop’s time zone'),
    latest: day.describe('YYYY-MM-DD in the shop’s time zone'),
  })
  .meta({ id: 'DeliveryEstimate' });

export const deliveryQuoteSchema = z
  .object({
    option: z.string().describe('e.g. standard, express'),
    fee: moneySchema.describe('What this option costs this bag: 0 when free'),
    baseFee: moneySchema.describe('The fee before any waiver'),
    freeFrom: moneySchema.nullable().describe('Delivered items worth this much travel free; null: never free'),
    spendMore: moneySchema
      .nullable()
      .describe('How much more of delivered items makes this option free; null when free or never free'),
    estimate: deliveryEstimateSchema.describe('Business days from dispatch'),
  })
  .meta({ id: 'DeliveryQuote' });

export const cartDeliverySchema = z
  .object({
    options: z.array(deliveryQuoteSchema).describe('Cheapest first; empty when this market has no delivery'),
    option: z.string().nullable().describe('The option the total includes (the first); checkout may choose another'),
    fee: moneySchema.describe('The fee included in the total'),
  })
  .meta({ id: 'CartDelivery' });

export const checkoutDeliverySchema = z.object({
  option: z.string().trim().min(1).max(40).describe('A code from cart.delivery.options; default the first'),
});

export const orderDeliverySchema = z
  .object({
    option: z.string(),
    fee: moneySchema,
    estimate: deliveryEstimateSchema,
  })
  .meta({ id: 'OrderDelivery' });

export type DeliveryQuoteWire = z.infer<typeof deliveryQuoteSchema>;
export type CartDelivery = z.infer<typeof cartDeliverySchema>;

export function toDeliveryQuoteWire(q: DeliveryQuote, currency: string): DeliveryQuoteWire {
  const m = (amount: number): Money => ({ amount, currency });
  return {
    option: q.code,
    fee: m(q.fee),
    baseFee: m(q.baseFee),
    freeFrom: q.freeFrom === null ? null : m(q.freeFrom),
    spendMore: q.spendMore === null ? null : m(q.spendMore),
    estimate: q.estimate,
  };
}
