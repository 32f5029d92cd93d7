import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { orderLines, orders, type OrderLineRow, type OrderRow } from '@/lib/db/schema';
import { emitEvent, type EventType } from '@/lib/integrations/events';
import type { OrderEventData } from './schema';

type OrderEventType = Extract<EventType, `order.${string}` | 'store_sale.recorded'>;

/**
 * Emits an order's event in the caller's transaction, with the order as it stands there (so after
 * the change that caused it): ids, status, totals and what was bought. No e-mail, phone, name or
 * address: a subscriber that needs the shopper asks the orders API with its own key.
 */
export async function emitOrderEvent(
  tx: Db,
  type: OrderEventType,
  orderId: string,
  options: {
    now: Date;
    storeId?: string;
    /** The order's rows as the transaction just wrote them (RETURNING), when the caller has them. */
    written?: { order: OrderRow; lines: OrderLineRow[] };
  },
): Promise<string> {
  const [order] = options.written
    ? [options.written.order]
    : await tx.select().from(orders).where(eq(orders.id, orderId));
  if (!order) throw new Error(`No order ${orderId} to tell integrations about`);
  const lines = options.written
    ? [...options.written.lines].sort((a, b) => compare(a.sku, b.sku) || compare(a.id, b.id))
    : await tx
        .select()
        .from(orderLines)
        .where(eq(orderLines.orderId, orderId))
        .orderBy(sql`${orderLines.sku} COLLATE "C"`, sql`${orderLines.id} COLLATE "C"`);
  const money = (amount: number) => ({ amount, currency: order.currency });
  const data: OrderEventData = {
    orderId: order.id,
    number: order.number,
    channel: order.channel,
    storeId: options.storeId ?? order.storeId ?? null,
    status: order.status,
    subtotal: money(order.subtotal),
    discountTotal: money(order.discountTotal),
    deliveryFee: money(order.deliveryFee),
    total: money(order.total),
    placedAt: order.placedAt.toISOString(),
    lines: lines.map((l) => ({
      sku: l.sku,
      quantity: l.quantity,
      unitPrice: money(l.unitPrice),
      fulfillment: l.fulfillment,
      storeId: l.storeId,
    })),
  };
  return emitEvent(tx, { type, data }, options.now);
}

/** The order `COLLATE "C"` gives the query above, whatever the database's collation (SKUs are the retailer's text). */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
