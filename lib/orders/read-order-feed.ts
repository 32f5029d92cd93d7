import 'server-only';
import { and, asc, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { orderLines, orders, pickups } from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';
import type { FeedOrder, OrderFeed } from './feed-schema';

type Position = { xid: number; id: string };

const encode = (p: Position) => Buffer.from(`${p.xid}.${p.id}`).toString('base64url');

function decode(cursor: string): Position {
  const match = /^(-1|\d{1,16})\.([A-Za-z0-9_]{0,60})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) {
    throw new AppError('invalid_request', 'Not a cursor this feed gave', {
      fields: { since: ['Pass the nextCursor of an earlier page'] },
    });
  }
  return { xid: Number(match[1]), id: match[2]! };
}

/**
 * The orders of every channel (online and the stores' tills) in the order they last changed,
 * for the retailer's ERP. Each order stands at the id of the transaction that last wrote it or
 * one of its pickups (set by a trigger), so a status change moves it past the ERP's cursor and it
 * comes again, with its state then; two changes between polls come as one, the latest. Only
 * transactions older than every one still running are shown (the snapshot's xmin): a slow
 * checkout that commits later can never land behind a cursor already handed out. The feed can
 * lag while a long transaction runs; it never skips or repeats.
 */
export async function readOrderFeed(db: Db, q: { since?: string; limit: number }): Promise<OrderFeed> {
  const after = q.since ? decode(q.since) : { xid: -1, id: '' };
  const rows = await db
    .select()
    .from(orders)
    .where(
      and(
        sql`(${orders.feedXid}, ${orders.id}) > (${after.xid}::bigint, ${after.id}::text)`,
        sql`${orders.feedXid} < pg_snapshot_xmin(pg_current_snapshot())::text::bigint`,
      ),
    )
    .orderBy(asc(orders.feedXid), asc(orders.id))
    .limit(q.limit);
  const last = rows.at(-1);
  const nextCursor = encode(last ? { xid: last.feedXid, id: last.id } : after);
  if (rows.length === 0) return { orders: [], nextCursor, hasMore: false };
  const ids = rows.map((r) => r.id);
  const lines = await db.select().from(orderLines).where(inArray(orderLines.orderId, ids)).orderBy(asc(orderLines.id));
  const pickupRows = await db.select().from(pickups).where(inArray(pickups.orderId, ids)).orderBy(asc(pickups.id));
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  const feed = rows.map((o): FeedOrder => {
    const money = (amount: number) => ({ amount, currency: o.currency });
    return {
      id: o.id,
      number: o.number,
      channel: o.channel,
      source: o.source ?? (o.channel === 'store' ? 'pos' : 'web'),
      storeId: o.storeId,
      staffId: o.staffId,
      status: o.status,
      placedAt: o.placedAt.toISOString(),
      updatedAt: o.updatedAt.toISOString(),
      cancelledAt: iso(o.cancelledAt),
      subtotal: money(o.subtotal),
      discountTotal: money(o.discountTotal),
      deliveryFee: money(o.deliveryFee),
      salesTax: money(o.taxAmount),
      total: money(o.total),
      payment: { method: o.paymentMethod, status: o.paymentStatus },
      lines: lines
        .filter((l) => l.orderId === o.id)
        .map((l) => ({
          sku: l.sku,
          title: l.title,
          quantity: l.quantity,
          unitPrice: money(l.unitPrice),
          fulfillment: l.fulfillment,
          storeId: l.storeId,
          oversold: l.oversold,
        })),
      pickups: pickupRows
        .filter((p) => p.orderId === o.id)
        .map((p) => ({
          storeId: p.storeId,
          status: p.status,
          readyBy: iso(p.readyBy),
          holdUntil: p.holdUntil.toISOString(),
          readyAt: iso(p.readyAt),
          collectedAt: iso(p.collectedAt),
          expiredAt: iso(p.expiredAt),
        })),
      delivery:
        o.delivery && o.shippingAddress
          ? { ...o.delivery, address: o.shippingAddress, fromStoreId: o.shipFromStoreId }
          : null,
    };
  });
  return { orders: feed, nextCursor, hasMore: rows.length === q.limit };
}
