import 'server-only';
import { and, asc, eq, gte, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { orderLines, orders, pickups, users } from '@/lib/db/schema';
import { notFoundError } from '@/lib/http/errors';
import type { PickupQueueStatus, QueuedPickup } from './schema';

type PickupStatus = (typeof pickups.$inferSelect)['status'];

const STORED: Record<PickupQueueStatus, PickupStatus> = {
  new: 'reserved',
  ready: 'ready',
  collected: 'collected',
  expired: 'expired',
};
const SHOWN: Partial<Record<PickupStatus, PickupQueueStatus>> = {
  reserved: 'new',
  ready: 'ready',
  collected: 'collected',
  expired: 'expired',
};

/** The most a tab lists: a store's open work fits, and a done tab is a recent history, not an archive. */
export const QUEUE_LIMIT = 100;
/** Collected and expired tabs look back this far (by when it happened). */
export const DONE_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/** The first word of a name: the queue calls a customer by it and shows nothing more of them. */
export function firstNameOf(name: string | null | undefined): string | null {
  const first = name?.trim().split(/\s+/u)[0];
  return first ? first : null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const columns = {
  pickup: pickups,
  number: orders.number,
  placedAt: orders.placedAt,
  paymentStatus: orders.paymentStatus,
  accountName: users.name,
  shippingAddress: orders.shippingAddress,
  collectorName: orders.collectorName,
};

async function itemsOf(db: Db, storeId: string, orderIds: string[]) {
  if (orderIds.length === 0) return new Map<string, QueuedPickup['items']>();
  const lines = await db
    .select({
      orderId: orderLines.orderId,
      sku: orderLines.sku,
      title: orderLines.title,
      options: orderLines.options,
      quantity: orderLines.quantity,
    })
    .from(orderLines)
    .where(
      and(inArray(orderLines.orderId, orderIds), eq(orderLines.storeId, storeId), eq(orderLines.fulfillment, 'pickup')),
    )
    .orderBy(asc(orderLines.orderId), asc(orderLines.sku));
  const out = new Map<string, QueuedPickup['items']>();
  for (const l of lines) {
    const item = {
      sku: l.sku,
      title: l.title,
      size: l.options.size ?? null,
      color: l.options.color ?? null,
      quantity: l.quantity,
    };
    out.set(l.orderId, [...(out.get(l.orderId) ?? []), item]);
  }
  return out;
}

async function readPickups(db: Db, storeId: string, where: SQL | undefined): Promise<QueuedPickup[]> {
  const rows = await db
    .select(columns)
    .from(pickups)
    .innerJoin(orders, eq(orders.id, pickups.orderId))
    .leftJoin(users, eq(users.id, orders.userId))
    .where(and(eq(pickups.storeId, storeId), where))
    // Oldest first: the customer who has waited longest is served first.
    .orderBy(asc(orders.placedAt), asc(orders.id))
    .limit(QUEUE_LIMIT);
  const items = await itemsOf(
    db,
    storeId,
    rows.map((r) => r.pickup.orderId),
  );
  return rows.flatMap((r) => {
    const status = SHOWN[r.pickup.status];
    if (!status) return [];
    return [
      {
        orderId: r.pickup.orderId,
        number: r.number,
        storeId: r.pickup.storeId,
        status,
        customerFirstName: firstNameOf(r.accountName ?? r.shippingAddress?.name),
        collectorFirstName: firstNameOf(r.collectorName),
        placedAt: r.placedAt.toISOString(),
        readyBy: iso(r.pickup.readyBy),
        holdUntil: r.pickup.holdUntil.toISOString(),
        readyAt: iso(r.pickup.readyAt),
        collectedAt: iso(r.pickup.collectedAt),
        expiredAt: iso(r.pickup.expiredAt),
        paymentDue: r.paymentStatus === 'due_at_pickup',
        items: items.get(r.pickup.orderId) ?? [],
      },
    ];
  });
}

/** A store's pickups in one state, oldest order first, each with its pick list. */
export async function readPickupQueue(
  db: Db,
  storeId: string,
  status: PickupQueueStatus,
  now: Date,
): Promise<QueuedPickup[]> {
  const since = new Date(now.getTime() - DONE_WINDOW_MS);
  const recent =
    status === 'collected'
      ? gte(pickups.collectedAt, since)
      : status === 'expired'
        ? gte(pickups.expiredAt, since)
        : undefined;
  return readPickups(db, storeId, and(eq(pickups.status, STORED[status]), recent));
}

/** One store's pickup of an order, as the queue shows it; 404 when the store has none. */
export async function readQueuedPickupOrThrow(db: Db, storeId: string, orderId: string): Promise<QueuedPickup> {
  const [row] = await readPickups(db, storeId, eq(pickups.orderId, orderId));
  if (!row) throw notFoundError('Pickup');
  return row;
}
