import { z } from 'zod';
import { EVENT_TYPES } from '@/lib/integrations/event-types';
import { moneySchema } from '@/lib/money-schema';

export const eventTypeSchema = z.enum(EVENT_TYPES);

export const createWebhookBodySchema = z.object({
  url: z
    .string()
    .trim()
    .max(2000)
    .describe('https; plain http only to localhost or 127.0.0.1, and never in production'),
  events: z
    .array(eventTypeSchema)
    .min(1, 'Choose at least one event')
    .max(EVENT_TYPES.length)
    .transform((events) => [...new Set(events)]),
});
export type CreateWebhookBody = z.output<typeof createWebhookBodySchema>;

export const webhookSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    events: z.array(eventTypeSchema),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Webhook' });
export type WebhookView = z.infer<typeof webhookSchema>;

export const createdWebhookSchema = webhookSchema.extend({
  secret: z.string().describe('`whsec_…`: shown this once; verify deliveries with it (Standard Webhooks)'),
});

export const webhookParamsSchema = z.object({ id: z.string().min(1).max(60) });
export const deliveryParamsSchema = webhookParamsSchema.extend({ deliveryId: z.string().min(1).max(60) });

/** Where a page of the log ended: the last delivery's time and id, opaque to the client. */
const cursorSchema = z
  .string()
  .max(200)
  .transform((value, ctx) => {
    try {
      const parsed = z
        .object({ t: z.iso.datetime(), id: z.string().max(60) })
        .safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
      if (parsed.success) return { createdAt: new Date(parsed.data.t), id: parsed.data.id };
    } catch {
      // Falls through to the issue below: a cursor is only ever one we issued.
    }
    ctx.addIssue({ code: 'custom', message: 'Not a cursor this API issued' });
    return z.NEVER;
  });

export function encodeDeliveryCursor(last: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify({ t: last.createdAt.toISOString(), id: last.id })).toString('base64url');
}

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;

export const deliveriesQuerySchema = z.object({
  status: z.enum(DELIVERY_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: cursorSchema.optional(),
});

export const deliverySchema = z
  .object({
    id: z.string(),
    eventId: z.string().describe('Sent as `webhook-id`, the same on every try and re-send'),
    eventType: eventTypeSchema,
    status: z.enum(DELIVERY_STATUSES),
    attempts: z.number().int().describe('Tries since the delivery was made or last re-sent'),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    nextAttemptAt: z.iso.datetime().nullable().describe('When the next try is due; null once it succeeded or failed'),
    lastAttemptAt: z.iso.datetime().nullable(),
    deliveredAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'WebhookDelivery' });
export type DeliveryView = z.infer<typeof deliverySchema>;

export const deliveryPageSchema = z.object({ deliveries: z.array(deliverySchema), nextCursor: z.string().nullable() });

/* What each event carries (the OpenAPI document's `webhooks`): ids and facts, no personal data. */

const orderLineSchema = z.object({
  sku: z.string(),
  quantity: z.number().int(),
  unitPrice: moneySchema,
  fulfillment: z.enum(['ship', 'pickup', 'in_store']),
  storeId: z.string().nullable(),
});

export const orderEventDataSchema = z
  .object({
    orderId: z.string(),
    number: z.string(),
    channel: z.enum(['online', 'store']),
    storeId: z
      .string()
      .nullable()
      .describe(
        "The store the event happened at (a pickup's, an in-store sale's); null for an online order as a whole",
      ),
    status: z.enum(['placed', 'ready', 'collected', 'expired', 'cancelled']),
    subtotal: moneySchema,
    discountTotal: moneySchema,
    deliveryFee: moneySchema,
    total: moneySchema,
    placedAt: z.iso.datetime(),
    lines: z.array(orderLineSchema),
  })
  .meta({ id: 'OrderEventData' });
export type OrderEventData = z.infer<typeof orderEventDataSchema>;

export const stockLowDataSchema = z
  .looseObject({
    location: z.string().describe('A store code, or `online`'),
    sku: z.string(),
    variantId: z.string(),
    available: z
      .number()
      .int()
      .describe('On hand − reserved − safety stock, after the write that crossed the threshold'),
    threshold: z.number().int().describe("The location's low-stock threshold"),
  })
  .meta({ id: 'StockLowData' });

/** The body of every delivery: the event's id (also `webhook-id`), type, time and data. */
export function eventEnvelopeSchema(type: (typeof EVENT_TYPES)[number], data: z.ZodType) {
  return z.object({
    id: z.string().describe('The event id, also sent as `webhook-id`: drop a repeat of one you have handled'),
    type: z.literal(type),
    timestamp: z.iso.datetime().describe('When the event happened'),
    data,
  });
}
