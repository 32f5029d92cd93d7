import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { CartContext } from '@/lib/cart/read-cart';
import type { Db } from '@/lib/db';
import { cartViewEpochSql } from '@/lib/db/epoch-cache';
import { inOneTransaction } from '@/lib/db/in-transaction';
import { requirePhone } from '@/lib/phone/normalize';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import {
  cartHandoffs,
  cartLines,
  carts,
  orderLines,
  orders,
  pickups,
  reservations,
  stores,
  type OrderLineRow,
  type OrderRow,
} from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';
import { newId } from '@/lib/ids';
import { enqueueMessages } from '@/lib/notifications/outbox';
import { orderPlacedMessages } from '@/lib/notifications/templates';
import { localizeLines } from '@/lib/catalog/localize-lines';
import { paymentProviders, unpaidPaymentMethods } from '@/lib/payments/providers';
import { pickupUnavailable } from '@/lib/stores/assert-takes-pickup';
import { holdDeadline, readyBy } from '@/lib/stores/opening-hours';
import type { Locale } from '@/lib/i18n/translate';
import { chooseDelivery, quoteDelivery } from '@/lib/delivery/engine';
import { availableSql, byStockRow, shownAvailableSql } from '@/lib/inventory/available-sql';
import { emitLowStock, type StockMove } from '@/lib/inventory/low-stock';
import { loadDeliveryRules } from '@/lib/delivery/repository';
import { emitOrderEvent } from '@/lib/webhooks/emit-order-event';
import { shippingWarehouseSql } from '@/lib/markets/fulfilment-sql';
import { marketOf, marketOrBase, type MarketCode } from '@/lib/markets/markets';
import { addedTax, taxOf } from '@/lib/markets/tax';
import { newOrderNumber, newPickupCode } from './codes';
import { redeemOffers } from './redeem-offers';
import { limitPickupHolds, pickupHoldMs, spendAddressBudget } from './reservation-limits';
import { countsInRedis } from '@/lib/security/rate-limit';
import type { CheckoutBody } from './schema';
import { localePath } from '@/lib/i18n/locale-path';

export const DEFAULT_HOLD_MS = 3 * 24 * 60 * 60 * 1000;

const lineRow = z.object({
  id: z.string(),
  variant_id: z.string(),
  sku: z.string(),
  title: z.string(),
  category_id: z.string(),
  size: z.string().nullable(),
  color: z.string().nullable(),
  quantity: sqlNumber,
  price_amount: sqlNumber,
  currency: z.string(),
  fulfillment: z.enum(cartLines.fulfillment.enumValues),
  store_id: z.string().nullable(),
  store_name: z.string().nullable(),
  store_pickup: z.boolean().nullable(),
  store_country: z.string().nullable(),
  location_id: z.string().nullable(),
});

/** Who an endless-aisle order is credited to: the store the customer stood in, and its associate. */
export type Attribution = { storeId: string; staffId: string };

export function hashAccessToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Turns the cart into an order in one transaction: re-prices every line from the catalog,
 * creates the order, its pickups and reservations, queues the confirmation and the
 * `order.created` event, empties the cart, and last reserves stock at each line's location with
 * a conditional update (never below zero, whatever the concurrency): a stock row is the one
 * every checkout of an item waits on, so it is held only from there to the commit. Any shortfall
 * rolls all of it back. Pickup lines are held only within what one shopper may hold at once
 * (reservation-limits.ts).
 */
export async function placeOrder<T = undefined>(
  db: Db,
  input: {
    cartId: string;
    userId: string | null;
    /** As checked by checkoutBodySchema; without a collector, the shopper collects. */
    body: Omit<CheckoutBody, 'collector'> & { collector?: CheckoutBody['collector'] };
    now: Date;
    holdMs?: number;
    /** The position the shopper allowed and the CDN's region, for offers (never stored). */
    context?: CartContext;
    /** The shop's public origin and the shopper's language, for the confirmation's link and words. */
    publicUrl?: string;
    locale?: Locale;
    /** The client's address and its daily budget of unpaid units (AISLE_HOLD_UNITS_PER_ADDRESS). */
    address?: string;
    holdUnitsPerAddress?: number;
    /**
     * An endless-aisle order an associate places for the customer at the counter: the store and
     * the associate it records (channel store, source endless_aisle). A bag the shopper took from
     * a hand-off link carries the same on the cart (carts.handoff_id) and needs nothing here.
     */
    attribution?: Attribution;
    /**
     * Ship-from-store (endless aisle only): the store whose stock the delivered lines reserve
     * and which sends them. Absent: delivered lines reserve at the warehouse (every web checkout).
     */
    shipFromStoreId?: string;
    /**
     * The caller's answer (the order as its response shows it), read in the transaction once the
     * order is written and before its stock is reserved: checkout's hot rows are held for the
     * fewest statements.
     */
    answer?: (
      tx: Db,
      placed: { orderId: string; accessToken: string; written: { order: OrderRow; lines: OrderLineRow[] } },
    ) => Promise<T>;
  },
): Promise<{ orderId: string; accessToken: string; answer: T }> {
  const { body, now } = input;
  const phone = body.contact.phone ? requirePhone(body.contact.phone, 'contact.phone') : null;
  const collector = body.collector?.type === 'someone_else' ? body.collector : null;
  const collectorPhone = collector?.phone ? requirePhone(collector.phone, 'collector.phone') : null;
  const accessToken = randomBytes(24).toString('base64url');
  const orderId = newId('ord');
  let answer: T | undefined;

  // In the caller's transaction when there is one (checkout's), without a savepoint: any failure fails the checkout.
  await inOneTransaction(db, async (tx) => {
    const [cart] = await tx
      .select({
        offerCode: carts.offerCode,
        pickupStoreId: carts.pickupStoreId,
        handoffId: carts.handoffId,
        market: carts.market,
        // The catalog epoch, read with the lock: offers, stores and delivery options come from the cache.
        epoch: sql<number>`${cartViewEpochSql}`.mapWith(Number),
      })
      .from(carts)
      .where(eq(carts.id, input.cartId))
      .for('update');
    const attribution = input.attribution ?? (cart?.handoffId ? await handoffAttribution(tx, cart.handoffId) : null);
    // The order is in the bag's market: its price list, its currency, its warehouse and stores.
    const marketCode = marketOrBase(cart?.market);
    const market = marketOf(marketCode);
    const lines = rowsOf(
      lineRow,
      await tx.execute(sql`
        SELECT l.id, l.variant_id, v.sku, p.title, p.category_id, v.size, v.color, l.quantity,
          vp.amount AS price_amount, vp.currency, l.fulfillment, l.store_id, s.name AS store_name,
          s.pickup AS store_pickup, s.country AS store_country, loc.id AS location_id
        FROM cart_lines l
        JOIN variants v ON v.id = l.variant_id
        JOIN variant_prices vp ON vp.variant_id = v.id AND vp.market = ${marketCode}
        JOIN products p ON p.id = v.product_id
        LEFT JOIN stores s ON s.id = l.store_id
        LEFT JOIN inventory_locations loc
          ON (l.fulfillment = 'ship' AND ${shipLocationSql(input.shipFromStoreId, marketCode)})
            OR (l.fulfillment = 'pickup' AND loc.store_id = l.store_id)
        WHERE l.cart_id = ${input.cartId}
        ORDER BY l.created_at, l.id`),
    );
    if (lines.length === 0) throw new AppError('cart_empty', 'The bag is empty');
    // A pickup elsewhere than the bag's market (the bag was moved to another market since).
    const abroad = lines.filter((l) => l.fulfillment === 'pickup' && !market.countries.includes(l.store_country ?? ''));
    if (abroad.length)
      throw new AppError('pickup_other_market', `Pickup is only at stores in ${market.code}; choose one there`, {
        fields: { 'fulfillment.storeId': [`Not a store in ${market.code}`] },
        details: { lines: abroad.map((l) => ({ lineId: l.id, sku: l.sku, storeId: l.store_id })) },
      });
    // A store closed for pickup since the line was added takes no new holds (its old ones run on).
    const closed = lines.filter((l) => l.fulfillment === 'pickup' && l.store_pickup === false);
    if (closed.length) {
      throw pickupUnavailable('fulfillment.storeId', {
        lines: closed.map((l) => ({ lineId: l.id, sku: l.sku, storeId: l.store_id })),
      });
    }
    const hasShipLines = lines.some((l) => l.fulfillment === 'ship');
    if (hasShipLines && !body.shippingAddress) {
      throw new AppError('invalid_request', 'Enter a shipping address', {
        fields: {
          shippingAddress: ['Required for delivered items'],
        },
      });
    }
    if (hasShipLines && body.shippingAddress && !market.countries.includes(body.shippingAddress.country))
      throw new AppError('address_other_market', `This bag is delivered in ${market.countries.join(', ')}`, {
        fields: { 'shippingAddress.country': [`Not delivered from the ${market.code} shop`] },
      });
    const provider = paymentProviders[body.payment.method];
    if (!provider.available({ hasShipLines })) {
      throw new AppError('payment_method_unavailable', 'Pay at pickup is only for orders collected in store', {
        fields: {
          'payment.method': ['Only for orders collected in store'],
        },
      });
    }

    // Two lines of one variant at one location count together.
    const wanted = new Map<
      string,
      { locationId: string; variantId: string; sku: string; pickup: boolean; quantity: number; lineIds: string[] }
    >();
    for (const l of lines) {
      const key = `${l.location_id}|${l.variant_id}`;
      const entry = wanted.get(key) ?? {
        locationId: l.location_id ?? '',
        variantId: l.variant_id,
        sku: l.sku,
        pickup: l.fulfillment === 'pickup',
        quantity: 0,
        lineIds: [],
      };
      entry.quantity += l.quantity;
      entry.lineIds.push(l.id);
      wanted.set(key, entry);
    }
    // Everything an order takes without payment is bounded: every pickup, and every line when
    // the method collects nothing (the test card).
    const unpaidHolds = [...wanted.values()].filter((w) => w.pickup || !provider.collectsPayment);
    await limitPickupHolds(tx, { email: body.contact.email, phone, userId: input.userId }, unpaidHolds, {
      now,
      unpaidMethods: unpaidPaymentMethods,
    });
    // The address's budget: a row taken last (below), or, counted in Redis, a round trip made now,
    // while no row other checkouts wait on is held.
    const budget = input.address ? { address: input.address, units: input.holdUnitsPerAddress ?? 60, now } : null;
    const budgetLast = !countsInRedis();
    if (budget && !budgetLast) await spendAddressBudget(tx, budget, unpaidHolds);

    const currency = market.currency;
    const subtotal = lines.reduce((n, l) => n + Number(l.price_amount) * Number(l.quantity), 0);
    // Every total is recomputed here from the catalog and the offers; what the client showed counts for nothing.
    const { discounts, redeem } = await redeemOffers(tx, {
      lines: lines.map((l) => ({ categoryId: l.category_id, amount: Number(l.price_amount) * Number(l.quantity) })),
      code: cart?.offerCode ?? null,
      pickupStoreId: cart?.pickupStoreId ?? null,
      context: input.context ?? {},
      customer: { userId: input.userId, email: body.contact.email },
      currency,
      market: marketCode,
      now,
      epoch: cart?.epoch,
    });
    const discountTotal = discounts.reduce((n, d) => n + d.amount, 0);
    // Delivery by the same rules the bag showed: the option chosen (else the first), its fee
    // waived from its threshold of delivered items. Nothing delivered, nothing charged.
    const shipped = lines.reduce(
      (n, l) => n + (l.fulfillment === 'ship' ? Number(l.price_amount) * Number(l.quantity) : 0),
      0,
    );
    const quotes = hasShipLines ? quoteDelivery(await loadDeliveryRules(tx, currency, cart?.epoch), shipped, now) : [];
    const delivery = hasShipLines ? chooseDelivery(quotes, body.delivery?.option) : undefined;
    if (hasShipLines && !delivery) {
      throw new AppError('invalid_request', 'Choose a delivery option', {
        fields: {
          'delivery.option': [quotes.length ? 'Not a delivery option for this bag' : 'No delivery to this market'],
        },
      });
    }
    const deliveryFee = delivery?.fee ?? 0;
    // US sales tax at the delivery state's rate, added; elsewhere the tax is inside the prices.
    const tax = taxOf(
      marketCode,
      { goods: subtotal - discountTotal, delivery: deliveryFee },
      hasShipLines ? body.shippingAddress?.region : null,
    );
    const taxAmount = addedTax(tax);
    const total = subtotal - discountTotal + deliveryFee + taxAmount;
    if (body.expectedTotal !== undefined && body.expectedTotal !== total) {
      throw new AppError('offers_changed', 'The total changed since you looked; check it and place the order again', {
        details: {
          total: { amount: total, currency },
          discounts,
        },
      });
    }
    const pickupStoreIds = [...new Set(lines.flatMap((l) => (l.store_id ? [l.store_id] : [])))];
    const number = newOrderNumber(now);
    const payment = provider.authorize(body.payment, { amount: total, currency }, number);
    const [orderRow] = await tx
      .insert(orders)
      .values({
        id: orderId,
        number,
        locale: input.locale ?? 'en',
        userId: input.userId,
        channel: attribution ? 'store' : 'online',
        ...(attribution ? { source: 'endless_aisle' as const, ...attribution } : {}),
        shipFromStoreId: hasShipLines ? (input.shipFromStoreId ?? null) : null,
        status: 'placed',
        email: body.contact.email,
        phone,
        currency,
        subtotal,
        discountTotal,
        discounts,
        deliveryFee,
        delivery: delivery ? { option: delivery.code, ...delivery.estimate } : null,
        taxAmount,
        total,
        paymentMethod: body.payment.method,
        paymentStatus: payment.status,
        shippingAddress: hasShipLines ? (body.shippingAddress ?? null) : null,
        // Only a pickup is collected; a delivered order has no one to expect at the counter.
        collectorName: collector && pickupStoreIds.length ? collector.name : null,
        collectorPhone: collector && pickupStoreIds.length ? collectorPhone : null,
        accessTokenHash: hashAccessToken(accessToken),
        placedAt: now,
      })
      .returning();
    const lineRows = await tx
      .insert(orderLines)
      .values(
        lines.map((l) => ({
          id: newId('oli'),
          orderId,
          variantId: l.variant_id,
          sku: l.sku,
          title: l.title,
          options: { ...(l.size ? { size: l.size } : {}), ...(l.color ? { color: l.color } : {}) },
          quantity: Number(l.quantity),
          unitPrice: Number(l.price_amount),
          fulfillment: l.fulfillment,
          storeId: l.store_id,
        })),
      )
      .returning();
    await tx.insert(reservations).values(
      [...wanted.values()].map((w) => ({
        id: newId('rsv'),
        orderId,
        locationId: w.locationId,
        variantId: w.variantId,
        quantity: w.quantity,
        status: 'held' as const,
      })),
    );
    // The promised hold, ended within the store's opening hours (lib/stores/opening-hours.ts).
    const promised = new Date(now.getTime() + pickupHoldMs(input.holdMs ?? DEFAULT_HOLD_MS, input.userId));
    const pickupStores = pickupStoreIds.length
      ? await tx.select().from(stores).where(inArray(stores.id, pickupStoreIds))
      : [];
    const pickupRows = pickupStores.map((store) => ({
      id: newId('pck'),
      orderId,
      storeId: store.id,
      code: newPickupCode(),
      status: 'reserved' as const,
      holdUntil: holdDeadline(promised, store.hours, store.timezone),
      readyBy: readyBy(now, store.hours, store.timezone),
    }));
    if (pickupRows.length) await tx.insert(pickups).values(pickupRows);
    await emitOrderEvent(tx, 'order.created', orderId, { now, written: { order: orderRow!, lines: lineRows } });
    // The confirmation names the items as the shopper read them: the title, colour and size in their locale.
    const shown = await localizeLines(
      tx,
      lines.map((l) => ({
        variantId: l.variant_id,
        title: l.title,
        options: { ...(l.size ? { size: l.size } : {}), ...(l.color ? { color: l.color } : {}) },
      })),
      input.locale ?? 'en',
    );
    await enqueueMessages(
      tx,
      orderPlacedMessages(
        {
          id: orderId,
          number,
          email: body.contact.email,
          phone,
          total: { amount: total, currency },
          // The link opens the order in the language the shopper placed it in.
          link: `${(input.publicUrl ?? 'http://localhost:3000').replace(/\/$/, '')}${localePath(input.locale ?? 'en', `/orders/${orderId}?token=${accessToken}`)}`,
          lines: lines.map((l, i) => ({
            title: shown[i]!.title,
            options: [shown[i]!.optionLabels?.color?.text ?? l.color, shown[i]!.optionLabels?.size?.text ?? l.size]
              .filter(Boolean)
              .join(' · '),
            quantity: Number(l.quantity),
            lineTotal: { amount: Number(l.price_amount) * Number(l.quantity), currency: l.currency },
          })),
          collector: collector ? { name: collector.name, phone: collectorPhone } : null,
        },
        pickupRows.map((p) => ({ ...p, store: pickupStores.find((s) => s.id === p.storeId)! })),
        input.locale ?? 'en',
      ),
      now,
    );
    // The bag, emptied and moved on, in one statement.
    await tx.execute(sql`WITH emptied AS (DELETE FROM cart_lines WHERE cart_id = ${input.cartId})
      UPDATE carts SET version = version + 1, updated_at = ${now.toISOString()}, offer_code = NULL, handoff_id = NULL
      WHERE id = ${input.cartId}`);
    // What the caller answers with is read now, before the rows other checkouts wait on are taken.
    answer = await input.answer?.(tx, { orderId, accessToken, written: { order: orderRow!, lines: lineRows } });
    const short: { lineId: string; sku: string; requested: number; available: number }[] = [];
    const moves: StockMove[] = [];
    // The rows every checkout of an item writes, last: its stock (a sale's one hot row), its
    // offers' use counts, then the address's budget, each held from here to the commit and no
    // longer. A shortfall, an offer used up or a spent budget throws, and all of the above rolls
    // back with it.
    // Stock rows are locked in (location, variant) order, as every bulk stock write locks them
    // (lib/inventory/apply-stock-feed.ts), so two writers never wait on each other in a cycle.
    // Safety stock is never sold: the condition leaves it on the shelf.
    for (const w of [...wanted.values()].sort(byStockRow)) {
      const [done] = rowsOf(
        z.object({ after: sqlNumber, threshold: sqlNumber }),
        await tx.execute(sql`
          UPDATE stock_levels s SET reserved = s.reserved + ${w.quantity}
          FROM inventory_locations l
          WHERE l.id = s.location_id AND s.location_id = ${w.locationId} AND s.variant_id = ${w.variantId}
            AND ${availableSql('s', 'l')} >= ${w.quantity}
          RETURNING ${availableSql('s', 'l')} AS after, l.low_stock_threshold AS threshold`),
      );
      if (done) moves.push({ ...w, before: done.after + w.quantity, after: done.after, threshold: done.threshold });
      else {
        const left = rowsOf(
          z.object({ available: sqlNumber }),
          await tx.execute(sql`
            SELECT ${shownAvailableSql('s', 'l')} AS available
            FROM stock_levels s JOIN inventory_locations l ON l.id = s.location_id
            WHERE s.location_id = ${w.locationId} AND s.variant_id = ${w.variantId}`),
        );
        for (const lineId of w.lineIds) {
          const line = lines.find((l) => l.id === lineId)!;
          short.push({ lineId, sku: line.sku, requested: w.quantity, available: Number(left[0]?.available ?? 0) });
        }
      }
    }
    if (short.length > 0) {
      throw new AppError('insufficient_stock', 'Some items are no longer available in the quantity you chose', {
        details: {
          lines: short,
        },
      });
    }
    await emitLowStock(tx, moves, now);
    await redeem(orderId);
    if (budget && budgetLast) await spendAddressBudget(tx, budget, unpaidHolds);
  });
  return { orderId, accessToken, answer: answer as T };
}

/** Where delivered lines are reserved and sent from: that store's location, else the warehouse shipping the market. */
function shipLocationSql(storeId: string | undefined, market: MarketCode) {
  return storeId ? sql`loc.kind = 'store' AND loc.store_id = ${storeId}` : shippingWarehouseSql('loc', market);
}

async function handoffAttribution(tx: Db, handoffId: string): Promise<Attribution | null> {
  const [row] = await tx
    .select({ storeId: cartHandoffs.storeId, staffId: cartHandoffs.staffId })
    .from(cartHandoffs)
    .where(eq(cartHandoffs.id, handoffId));
  return row ?? null;
}
