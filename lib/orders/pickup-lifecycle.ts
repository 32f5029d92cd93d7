import 'server-only';
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { inventoryLocations, orders, pickups, reservations, stores } from '@/lib/db/schema';
import { AppError, notFoundError } from '@/lib/http/errors';
import { formatMoney } from '@/lib/money';
import { byStockRow } from '@/lib/inventory/available-sql';
import { notifyRestocked } from '@/lib/inventory/notify-restocked';
import { enqueueMessages } from '@/lib/notifications/outbox';
import { pickupExpiredMessages, readyForPickupMessages } from '@/lib/notifications/templates';
import { storeTextIn } from '@/lib/stores/store-text';
import { emitOrderEvent } from '@/lib/webhooks/emit-order-event';

type Tx = Db;

async function lockPickup(tx: Tx, orderId: string, storeId: string) {
  const [row] = await tx
    .select({ pickup: pickups, order: orders, store: stores })
    .from(pickups)
    .innerJoin(orders, eq(orders.id, pickups.orderId))
    .innerJoin(stores, eq(stores.id, pickups.storeId))
    .where(and(eq(pickups.orderId, orderId), eq(pickups.storeId, storeId)))
    .for('update', { of: pickups });
  if (!row) throw notFoundError('Pickup');
  const { pickup, order, store } = row;
  // The shopper's words for the store and its clock, for the messages the pickup's changes send.
  const where = {
    storeName: storeTextIn(store, order.locale).name,
    code: pickup.code,
    holdUntil: pickup.holdUntil,
    timeZone: store.timezone,
  };
  return { pickup, order, where };
}

const facts = (order: typeof orders.$inferSelect) => ({
  id: order.id,
  number: order.number,
  email: order.email,
  phone: order.phone,
  total: formatMoney({ amount: order.total, currency: order.currency }, 'en-US'),
});

/** The order's status follows its pickups: ready when all are, collected when all are. */
async function rollUpStatus(tx: Tx, orderId: string) {
  await tx.execute(sql`
    UPDATE orders SET status = CASE
      WHEN NOT EXISTS (SELECT 1 FROM pickups WHERE order_id = ${orderId} AND status <> 'collected') THEN 'collected'
      WHEN NOT EXISTS (SELECT 1 FROM pickups WHERE order_id = ${orderId} AND status NOT IN ('ready', 'collected')) THEN 'ready'
      WHEN NOT EXISTS (SELECT 1 FROM pickups WHERE order_id = ${orderId} AND status <> 'expired') THEN 'expired'
      ELSE status END
    WHERE id = ${orderId}`);
}

/** Store staff have picked the items: the shopper is told. Repeating it changes nothing. */
export async function markReady(db: Db, orderId: string, storeId: string, now: Date): Promise<void> {
  await inTransaction(db, async (tx) => {
    const { pickup, order, where } = await lockPickup(tx, orderId, storeId);
    if (pickup.status === 'ready') return;
    if (pickup.status !== 'reserved') {
      throw new AppError('version_conflict', `This pickup is already ${pickup.status}`);
    }
    await tx.update(pickups).set({ status: 'ready', readyAt: now }).where(eq(pickups.id, pickup.id));
    await rollUpStatus(tx, orderId);
    await emitOrderEvent(tx, 'order.ready_for_pickup', orderId, { now, storeId });
    await enqueueMessages(tx, readyForPickupMessages(facts(order), where, order.locale), now);
  });
}

async function settleReservations(
  tx: Tx,
  orderId: string,
  storeId: string,
  outcome: 'fulfilled' | 'released',
  now: Date,
) {
  const held = await tx
    .select({
      id: reservations.id,
      locationId: reservations.locationId,
      variantId: reservations.variantId,
      quantity: reservations.quantity,
    })
    .from(reservations)
    .innerJoin(inventoryLocations, eq(inventoryLocations.id, reservations.locationId))
    .where(
      and(eq(reservations.orderId, orderId), eq(inventoryLocations.storeId, storeId), eq(reservations.status, 'held')),
    );
  // In (location, variant) order, as every stock writer locks rows (byStockRow).
  for (const r of held.sort(byStockRow)) {
    // Collected: the units leave the store. Released: they go back on sale.
    const onHand = outcome === 'fulfilled' ? sql`on_hand - ${r.quantity}` : sql`on_hand`;
    await tx.execute(sql`
      UPDATE stock_levels SET reserved = reserved - ${r.quantity}, on_hand = ${onHand}
      WHERE location_id = ${r.locationId} AND variant_id = ${r.variantId}`);
    await tx.update(reservations).set({ status: outcome }).where(eq(reservations.id, r.id));
    // Units back on sale: whoever asked to be told about them at this store is told, once.
    if (outcome === 'released') await notifyRestocked(tx, r.locationId, [r.variantId], now);
  }
}

/** The shopper collected, proving it with the pickup code. Repeating it changes nothing. */
export async function markCollected(db: Db, orderId: string, storeId: string, code: string, now: Date): Promise<void> {
  await inTransaction(db, async (tx) => {
    const { pickup } = await lockPickup(tx, orderId, storeId);
    if (pickup.code !== code.trim().toUpperCase()) {
      throw new AppError('invalid_request', 'The pickup code does not match', { fields: { code: ['Does not match'] } });
    }
    if (pickup.status === 'collected') return;
    if (pickup.status === 'expired') throw new AppError('version_conflict', 'This pickup expired and was released');
    if (pickup.status === 'cancelled') throw new AppError('version_conflict', 'The shopper cancelled this order');
    await settleReservations(tx, orderId, storeId, 'fulfilled', now);
    await tx.update(pickups).set({ status: 'collected', collectedAt: now }).where(eq(pickups.id, pickup.id));
    await rollUpStatus(tx, orderId);
    await emitOrderEvent(tx, 'order.collected', orderId, { now, storeId });
  });
}

/** Releases every uncollected pickup held past its deadline: stock returns, the order is marked, the shopper told. */
export async function releaseExpiredPickups(db: Db, now: Date): Promise<number> {
  const due = await db
    .select({ orderId: pickups.orderId, storeId: pickups.storeId })
    .from(pickups)
    .where(and(inArray(pickups.status, ['reserved', 'ready']), lt(pickups.holdUntil, now)))
    .limit(500);
  let released = 0;
  for (const d of due) {
    await inTransaction(db, async (tx) => {
      const { pickup, order, where } = await lockPickup(tx, d.orderId, d.storeId);
      // Re-checked under the lock: staff may have marked it ready meanwhile.
      if (pickup.status !== 'reserved' && pickup.status !== 'ready') return;
      if (pickup.holdUntil >= now) return;
      await settleReservations(tx, d.orderId, d.storeId, 'released', now);
      await tx.update(pickups).set({ status: 'expired', expiredAt: now }).where(eq(pickups.id, pickup.id));
      await rollUpStatus(tx, d.orderId);
      await emitOrderEvent(tx, 'order.expired', d.orderId, { now, storeId: d.storeId });
      await enqueueMessages(tx, pickupExpiredMessages(facts(order), where, order.locale), now);
      released++;
    });
  }
  return released;
}
