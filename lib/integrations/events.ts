import 'server-only';
import type { Db } from '@/lib/db';
import { integrationEvents } from '@/lib/db/schema';
import { newId } from '@/lib/ids';

/** What the shop tells the retailer's systems (SPEC 3.8, "Events out"). */
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

export type IntegrationEvent = { type: EventType; data: Record<string, unknown> };

/**
 * Records an event in the caller's transaction, so it exists exactly when what caused it
 * committed; delivery to subscribers happens later, from the table. Answers the event's id.
 * Payloads carry ids and what the event needs, never personal data beyond it.
 */
export async function emitEvent(tx: Db, event: IntegrationEvent, now: Date): Promise<string> {
  const id = newId('evt');
  await tx.insert(integrationEvents).values({ id, type: event.type, data: event.data, createdAt: now });
  return id;
}
