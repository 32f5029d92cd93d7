/**
 * The queue's tabs: `new` is a pickup still to be picked (reserved), the others its later states.
 * Apart from the schemas so the console's queue in the browser does not ship zod.
 */
export const PICKUP_QUEUE_STATUSES = ['new', 'ready', 'collected', 'expired'] as const;
export type PickupQueueStatus = (typeof PICKUP_QUEUE_STATUSES)[number];
