import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { and, asc, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { orderLines, orders, pickups, stores, type OrderLineRow, type OrderRow } from '@/lib/db/schema';
import { notFoundError } from '@/lib/http/errors';
import { assertWithinLimit } from '@/lib/security/assert-within-limit';
import { hashAccessToken } from './place-order';
import type { Order } from './schema';
import { queriesTogether } from '@/lib/db/queries-together';
import { marketOfCurrency } from '@/lib/markets/markets';
import { includedTax } from '@/lib/markets/rounding';

async function toOrders(db: Db, rows: OrderRow[], written?: OrderLineRow[]): Promise<Order[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const storeIds = [...new Set(rows.flatMap((r) => [r.storeId, r.shipFromStoreId].filter((id) => id !== null)))];
  const [lines, pickupRows, storeRows] = await queriesTogether(
    db,
    () =>
      written
        ? Promise.resolve([...written].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))
        : db.select().from(orderLines).where(inArray(orderLines.orderId, ids)).orderBy(asc(orderLines.id)),
    () =>
      db
        .select({ pickup: pickups, storeName: stores.name, store: stores })
        .from(pickups)
        .innerJoin(stores, eq(stores.id, pickups.storeId))
        .where(inArray(pickups.orderId, ids)),
    () =>
      storeIds.length
        ? db.select({ id: stores.id, name: stores.name }).from(stores).where(inArray(stores.id, storeIds))
        : Promise.resolve([]),
  );
  const storeNames = new Map(storeRows.map((s) => [s.id, s.name]));
  return rows.map((o) => {
    const money = (amount: number) => ({ amount, currency: o.currency });
    const orderPickups = pickupRows
      .filter((p) => p.pickup.orderId === o.id)
      .map(({ pickup, storeName, store }) => ({
        storeId: pickup.storeId,
        storeName,
        code: pickup.code,
        status: pickup.status,
        holdUntil: pickup.holdUntil.toISOString(),
        readyBy: pickup.readyBy?.toISOString() ?? null,
        store: {
          street: store.street,
          city: store.city,
          postalCode: store.postalCode,
          phone: store.phone,
          lat: store.lat,
          lng: store.lng,
          timezone: store.timezone,
          hours: store.hours,
        },
        readyAt: pickup.readyAt?.toISOString() ?? null,
        collectedAt: pickup.collectedAt?.toISOString() ?? null,
        expiredAt: pickup.expiredAt?.toISOString() ?? null,
      }));
    return {
      id: o.id,
      number: o.number,
      channel: o.channel,
      ...(o.source ? { source: o.source } : {}),
      ...(o.storeId ? { storeId: o.storeId, storeName: storeNames.get(o.storeId) ?? '' } : {}),
      status: o.status,
      placedAt: o.placedAt.toISOString(),
      email: o.email,
      phone: o.phone,
      subtotal: money(o.subtotal),
      discounts: o.discounts.map((d) => ({ ...d, amount: money(d.amount) })),
      delivery: o.delivery
        ? {
            option: o.delivery.option,
            fee: money(o.deliveryFee),
            estimate: { earliest: o.delivery.earliest, latest: o.delivery.latest },
          }
        : null,
      ...(o.shipFromStoreId
        ? { shipFromStore: { id: o.shipFromStoreId, name: storeNames.get(o.shipFromStoreId) ?? '' } }
        : {}),
      tax: orderTax(o),
      total: money(o.total),
      payment: { method: o.paymentMethod, status: o.paymentStatus },
      cancelledAt: o.cancelledAt?.toISOString() ?? null,
      shippingAddress: o.shippingAddress
        ? { ...o.shippingAddress, country: addressCountry(o.shippingAddress.country) }
        : null,
      lines: lines
        .filter((l) => l.orderId === o.id)
        .map((l) => ({
          variantId: l.variantId,
          sku: l.sku,
          title: l.title,
          options: l.options,
          quantity: l.quantity,
          unitPrice: money(l.unitPrice),
          lineTotal: money(l.unitPrice * l.quantity),
          fulfillment:
            l.fulfillment === 'ship' ? { type: 'ship' as const } : { type: l.fulfillment, storeId: l.storeId ?? '' },
          ...(l.oversold > 0 ? { oversold: l.oversold } : {}),
        })),
      ...(orderPickups[0] ? { pickup: orderPickups[0] } : {}),
      pickups: orderPickups,
      collector: o.collectorName ? { name: o.collectorName, phone: o.collectorPhone } : null,
    };
  });
}

/** Who may see orders: an account sees its own, and the in-store orders of the phone it verified. */
export type OrderViewer = { id: string; phone: string | null };

function visibleTo(viewer: OrderViewer): SQL {
  const own = eq(orders.userId, viewer.id);
  // In-store sales are matched by the phone given at the till, only once this account proved it.
  return viewer.phone ? or(own, and(eq(orders.channel, 'store'), eq(orders.phone, viewer.phone)))! : own;
}

/** The account's online orders and its phone's in-store orders together, newest first. */
export async function listOrdersForUser(
  db: Db,
  viewer: OrderViewer,
  opts: { channel?: 'online' | 'store'; limit?: number } = {},
): Promise<Order[]> {
  const rows = await db
    .select()
    .from(orders)
    .where(and(visibleTo(viewer), opts.channel ? eq(orders.channel, opts.channel) : undefined))
    .orderBy(desc(orders.placedAt), desc(orders.id))
    .limit(opts.limit ?? 100);
  return toOrders(db, rows);
}

function tokenMatches(row: OrderRow, token: string | undefined): boolean {
  if (!token || !row.accessTokenHash) return false;
  const a = Buffer.from(hashAccessToken(token));
  const b = Buffer.from(row.accessTokenHash);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * One order, for an account that may see it (its own, or an in-store order of its verified
 * phone) or for whoever holds its access token (a guest's confirmation link). Anyone else
 * gets the same 404 as for an order that does not exist.
 */
export async function getOrderForCaller(
  db: Db,
  orderId: string,
  caller: { user: OrderViewer | null; token?: string },
): Promise<Order> {
  // An account reads an order only by the rule that lists it, so the two can never disagree.
  const [row] = caller.user
    ? await db
        .select()
        .from(orders)
        .where(and(eq(orders.id, orderId), visibleTo(caller.user)))
    : [];
  const [byToken] = row || !caller.token ? [] : await db.select().from(orders).where(eq(orders.id, orderId));
  const found = row ?? (byToken && tokenMatches(byToken, caller.token) ? byToken : undefined);
  if (!found) throw notFoundError('Order');
  return (await toOrders(db, [found]))[0]!;
}

/**
 * The order a checkout just wrote, from the rows its transaction wrote (RETURNING): its caller
 * placed it, so it is theirs to read, and only its pickups are read back.
 */
export async function viewOfWrittenOrder(db: Db, written: { order: OrderRow; lines: OrderLineRow[] }) {
  return (await toOrders(db, [written.order], written.lines))[0]!;
}

/** A guest finds an order by its number and the e-mail it was placed with. */
export async function findOrderByNumber(db: Db, number: string, email: string): Promise<Order> {
  const [row] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.number, number.trim().toUpperCase()), eq(orders.email, email)));
  if (!row) throw notFoundError('Order');
  return (await toOrders(db, [row]))[0]!;
}

/** Any order, with no caller check: only for store-side routes that verified a POS signature. */
export async function getOrderOrThrow(db: Db, orderId: string): Promise<Order> {
  const [row] = await db.select().from(orders).where(eq(orders.id, orderId));
  if (!row) throw notFoundError('Order');
  return (await toOrders(db, [row]))[0]!;
}

/** Look-ups per 15 minutes from one address, and for one e-mail or one order number from anywhere. */
export const ORDER_LOOKUP_LIMITS = { perAddress: 30, perEmail: 20, perNumber: 20, windowMs: 15 * 60_000 };

/**
 * A guest's order look-up: the number and e-mail are the only secret, so guessing must be
 * slow. Counted per client address, and per e-mail and per order number whichever addresses
 * ask, so that many addresses cannot guess the numbers of one e-mail or the e-mail of one
 * number. Refused look-ups and misses both throw.
 */
export async function lookUpGuestOrder(
  db: Db,
  q: { number: string; email: string; clientAddress: string; now: Date },
): Promise<Order> {
  const number = q.number.trim().toUpperCase();
  const email = q.email.trim().toLowerCase();
  const hits = (
    [
      [`order-lookup:ip:${q.clientAddress}`, ORDER_LOOKUP_LIMITS.perAddress],
      [`order-lookup:email:${email}`, ORDER_LOOKUP_LIMITS.perEmail],
      [`order-lookup:number:${number}`, ORDER_LOOKUP_LIMITS.perNumber],
    ] as const
  ).map(([key, limit]) => ({ key, limit, windowMs: ORDER_LOOKUP_LIMITS.windowMs, now: q.now }));
  await assertWithinLimit(db, hits, 'Too many look-ups; try again later');
  return findOrderByNumber(db, number, email);
}

const COUNTRIES = ['KR', 'JP', 'SG', 'US'] as const;
const addressCountry = (c: string) => COUNTRIES.find((k) => k === c) ?? 'KR';

/** The order's tax as its market shows it: inside the total (KR, JP, SG), or the sales tax it added (US). */
function orderTax(o: { currency: string; total: number; taxAmount: number }) {
  const market = marketOfCurrency(o.currency);
  if (!market) return undefined;
  const amount = market.taxInclusive ? includedTax(o.total, market) : o.taxAmount;
  return { included: market.taxInclusive, amount: { amount, currency: o.currency } };
}
