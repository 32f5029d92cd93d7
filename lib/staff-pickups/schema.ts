import { z } from 'zod';
import { PICKUP_QUEUE_STATUSES } from './statuses';

export { PICKUP_QUEUE_STATUSES, type PickupQueueStatus } from './statuses';

export const storeParamsSchema = z.object({ storeId: z.string().min(1).max(60) });
export const orderParamsSchema = z.object({ orderId: z.string().min(1).max(60) });

export const queueQuerySchema = z.object({
  status: z.enum(PICKUP_QUEUE_STATUSES).default('new'),
});

/** Which store's pickup of the order: needed only when the order is collected at several of the caller's stores. */
export const pickupStoreQuerySchema = z.object({ storeId: z.string().min(1).max(60).optional() });

export const collectBodySchema = z.object({
  code: z
    .string()
    .trim()
    .min(4, 'Enter the pickup code')
    .max(64)
    .describe("The pickup code from the shopper's confirmation page (text or QR); case and spaces do not matter"),
});

export const pickListItemSchema = z.object({
  sku: z.string(),
  title: z.string(),
  size: z.string().nullable(),
  color: z.string().nullable(),
  quantity: z.number().int(),
});

export const queuedPickupSchema = z.object({
  orderId: z.string(),
  number: z.string(),
  storeId: z.string(),
  status: z.enum(PICKUP_QUEUE_STATUSES),
  /** Only the first name: enough to call out at the counter, no more of the shopper than that. */
  customerFirstName: z.string().nullable(),
  /** Someone else collects (named at checkout): their first name, checked at the counter. */
  collectorFirstName: z.string().nullable(),
  placedAt: z.iso.datetime(),
  readyBy: z.iso.datetime().nullable(),
  holdUntil: z.iso.datetime(),
  readyAt: z.iso.datetime().nullable(),
  collectedAt: z.iso.datetime().nullable(),
  expiredAt: z.iso.datetime().nullable(),
  paymentDue: z.boolean().describe('Pay at pickup: the customer pays at the till when collecting'),
  items: z.array(pickListItemSchema),
});
export type QueuedPickup = z.infer<typeof queuedPickupSchema>;

export const queueResponseSchema = z.object({ pickups: z.array(queuedPickupSchema) });

export const pickupActionResponseSchema = z.object({
  outcome: z.enum(['ready', 'already_ready', 'collected', 'already_collected']),
  message: z.string(),
  pickup: queuedPickupSchema,
});
export type PickupActionResponse = z.infer<typeof pickupActionResponseSchema>;
