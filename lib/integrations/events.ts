import 'server-only';
import type { Db } from '@/lib/db';
import { integrationEvents } from '@/lib/db/schema';
import { newId } from '@/lib/ids';
import { fanOutEvent } from '@/lib/webhooks/fan-out';
import type { EventType } from './event-types';

export { EVENT_TYPES, type EventType } from './event-types';

export type IntegrationEvent = { type: EventType; data: Record<string, unknown> };

/**
 * Records an event in the caller's transaction, so it exists exactly when what caused it
 * committed, with one delivery for each webhook subscribed to its type (lib/webhooks/fan-out.ts);
 * the delivery worker sends them later, from the table. Answers the event's id.
 * Payloads carry ids and what the event needs, never personal data beyond it.
 */
export async function emitEvent(tx: Db, event: IntegrationEvent, now: Date): Promise<string> {
  const id = newId('evt');
  await tx.insert(integrationEvents).values({ id, type: event.type, data: event.data, createdAt: now });
  await fanOutEvent(tx, { id, type: event.type }, now);
  return id;
}
