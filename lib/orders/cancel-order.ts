import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { orders, pickups, reservations } from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';
import { INTL_LOCALE, type Locale } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import { orderCancelledMessages } from '@/lib/notifications/account-templates';
import { enqueueMessages } from '@/lib/notifications/outbox';
import { byStockRow } from '@/lib/inventory/available-sql';
import { notifyRestocked } from '@/lib/inventory/notify-restocked';
import { paymentProviders } from '@/lib/payments/providers';
import { emitOrderEvent } from '@/lib/webhooks/emit-order-event';
import { getOrderForCaller, type OrderViewer } from './read-order';
import type { Order } from './schema';

/**
 * The shopper cancels an online order that is not yet ready: every unit it holds goes back on
 * sale, the payment is voided through its provider, the shopper is told. A repeat answers the
 * cancelled order and changes nothing; an order already ready, collected or expired is refused
 * with 409 `order_not_cancellable`. Only who may see the order may cancel it, and only an
 * online order (an in-store sale is returned at the till).
 */
export async function cancelOrder(
  db: Db,
  orderId: string,
  caller: { user: OrderViewer | null; token?: string },
  ctx: { now: Date; locale: Locale },
): Promise<Order> {
  // The same 404 for an order that is not the caller's as for one that does not exist.
  const seen = await getOrderForCaller(db, orderId, caller);
  if (seen.channel !== 'online') {
    throw new AppError('order_not_cancellable', 'An in-store purchase is returned at the till', {
      details: { status: seen.status },
    });
  }
  await inTransaction(db, async (tx) => {
    // The pickups first, then the order: the order in which the store (ready, collected) and the
    // hold sweep take them, so a cancel at the same moment waits for them instead of deadlocking.
    const pickupRows = await tx
      .select()
      .from(pickups)
      .where(eq(pickups.orderId, orderId))
      .orderBy(asc(pickups.id))
      .for('update');
    const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
    if (!order || order.status === 'cancelled') return;
    if (order.status !== 'placed' || pickupRows.some((p) => p.status !== 'reserved')) {
      throw new AppError(
        'order_not_cancellable',
        `This order is already ${order.status} and can no longer be cancelled`,
        {
          details: { status: order.status },
        },
      );
    }
    const held = await tx
      .update(reservations)
      .set({ status: 'released' })
      .where(and(eq(reservations.orderId, orderId), eq(reservations.status, 'held')))
      .returning({
        locationId: reservations.locationId,
        variantId: reservations.variantId,
        quantity: reservations.quantity,
      });
    // In (location, variant) order, as every stock writer locks rows (byStockRow).
    for (const r of held.sort(byStockRow)) {
      await tx.execute(sql`
        UPDATE stock_levels SET reserved = reserved - ${r.quantity}
        WHERE location_id = ${r.locationId} AND variant_id = ${r.variantId}`);
      // Units back on sale: whoever asked to be told about them at this store is told, once.
      await notifyRestocked(tx, r.locationId, [r.variantId], ctx.now);
    }
    await tx.update(pickups).set({ status: 'cancelled' }).where(eq(pickups.orderId, orderId));
    const provider = order.paymentMethod === 'in_store' ? null : paymentProviders[order.paymentMethod];
    const money = { amount: order.total, currency: order.currency };
    const { voided } = provider ? await provider.void(order.number, money) : { voided: false };
    await tx
      .update(orders)
      .set({ status: 'cancelled', cancelledAt: ctx.now, paymentStatus: 'voided' })
      .where(eq(orders.id, orderId));
    await emitOrderEvent(tx, 'order.cancelled', orderId, { now: ctx.now });
    await enqueueMessages(
      tx,
      orderCancelledMessages(
        {
          id: order.id,
          number: order.number,
          email: order.email,
          phone: order.phone,
          total: formatMoney(money, INTL_LOCALE[ctx.locale]),
          refunded: voided,
        },
        ctx.locale,
      ),
      ctx.now,
    );
  });
  return getOrderForCaller(db, orderId, caller);
}
