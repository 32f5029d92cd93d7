import type { z } from 'zod';
import type { EventType } from '@/lib/integrations/event-types';
import { eventEnvelopeSchema, orderEventDataSchema, stockLowDataSchema } from './schema';

/** One event the shop sends to webhooks, as the OpenAPI document's `webhooks` describes it. */
export type WebhookEventDoc = { type: EventType; summary: string; body: z.ZodType };

const order = (type: EventType, summary: string): WebhookEventDoc => ({
  type,
  summary,
  body: eventEnvelopeSchema(type, orderEventDataSchema),
});

/** Every event type, with what it carries: ids and facts, never e-mail, phone, name or address. */
export const webhookEvents: WebhookEventDoc[] = [
  order('order.created', 'An online order was placed (status placed; storeId null, each line names its store)'),
  order(
    'order.ready_for_pickup',
    "The order's pickup at storeId is ready; once for each store it is collected from (the order's status turns ready when all are)",
  ),
  order('order.collected', "The order's pickup at storeId was collected (status collected when all are)"),
  order('order.expired', "The order's pickup at storeId was not collected in time and its stock released"),
  order('order.cancelled', 'The shopper cancelled the order before it was ready; its stock was released'),
  {
    type: 'stock.low',
    summary: "A SKU's availability at a location fell to or below its threshold",
    body: eventEnvelopeSchema('stock.low', stockLowDataSchema),
  },
  order('store_sale.recorded', "A store's till posted a sale (once: a repeat post of the same sale sends nothing)"),
];
