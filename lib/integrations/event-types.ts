/** What the shop tells the retailer's systems (SPEC 3.8, "Events out"); client-safe, for schemas. */
export const EVENT_TYPES = [
  'order.created',
  'order.ready_for_pickup',
  'order.collected',
  'order.expired',
  'order.cancelled',
  'stock.low',
  'store_sale.recorded',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
