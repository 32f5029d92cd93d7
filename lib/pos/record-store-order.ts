import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { inventoryLocations, orderLines, orders, stores, variants } from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';
import { availableSql } from '@/lib/inventory/available-sql';
import { emitLowStock, type StockMove } from '@/lib/inventory/low-stock';
import { newId } from '@/lib/ids';
import { newOrderNumber } from '@/lib/orders/codes';
import { toE164 } from '@/lib/phone/normalize';
import { storeMarket } from '@/lib/stores/store-market';
import { emitOrderEvent } from '@/lib/webhooks/emit-order-event';
import { assertSaleHoldsTogether } from './check-sale';
import type { PosOrderBody } from './schema';

/**
 * Records a sale a store's till already made. Idempotent on (store, externalId): a repeat
 * returns the first order and changes nothing; the same id with other content is a 409.
 * The store's stock goes down, never below what is reserved for pickups: units the till sold
 * beyond the stock on record are kept on the line as `oversold`, not refused. A sale whose total
 * is not its lines less its discount, or that is dated in the future, is refused.
 */
export async function recordStoreOrder(
  db: Db,
  body: PosOrderBody,
  now: Date,
): Promise<{ orderId: string; created: boolean }> {
  const { subtotal, discount } = assertSaleHoldsTogether(body, now);
  const requestHash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
  const existing = async () => {
    const [row] = await db
      .select({ id: orders.id, requestHash: orders.requestHash })
      .from(orders)
      .where(and(eq(orders.storeId, body.storeId), eq(orders.externalId, body.externalId)));
    if (row && row.requestHash !== requestHash) {
      throw new AppError('external_id_conflict', 'This externalId was already posted with different content');
    }
    return row;
  };
  const before = await existing();
  if (before) return { orderId: before.id, created: false };

  const [store] = await db.select().from(stores).where(eq(stores.id, body.storeId));
  if (!store) throw new AppError('invalid_request', 'No such store', { fields: { storeId: ['No such store'] } });
  // A till rings up in its store's currency: a sale in another would be stored as that amount of it.
  const market = storeMarket(store.country);
  if (body.currency !== market.currency) {
    throw new AppError('currency_mismatch', `This store sells in ${market.currency}, not ${body.currency}`, {
      fields: { currency: [`Must be ${market.currency}, the currency of the store's market (${market.code})`] },
      details: { expected: market.currency },
    });
  }
  const skus = [...new Set(body.lines.map((l) => l.sku))];
  const known = await db
    .select({
      id: variants.id,
      sku: variants.sku,
      title: sql<string>`(SELECT title FROM products WHERE id = ${variants.productId})`,
      size: variants.size,
      color: variants.color,
    })
    .from(variants)
    .where(inArray(variants.sku, skus));
  const bySku = new Map(known.map((v) => [v.sku, v]));
  const unknown = skus.filter((s) => !bySku.has(s));
  if (unknown.length) {
    throw new AppError('invalid_request', 'Unknown SKUs', {
      fields: { 'lines.sku': unknown.map((s) => `Unknown SKU ${s}`) },
    });
  }

  const orderId = newId('ord');
  const created = await inTransaction(db, async (tx) => {
    const inserted = await tx
      .insert(orders)
      .values({
        id: orderId,
        number: newOrderNumber(new Date(body.placedAt)),
        channel: 'store',
        status: 'collected',
        email: null,
        // An invalid phone is kept as no phone: the sale itself is real.
        phone: toE164(body.phone, market.phoneRegion),
        storeId: body.storeId,
        externalId: body.externalId,
        requestHash,
        currency: body.currency,
        subtotal,
        discountTotal: discount,
        total: body.total,
        paymentMethod: 'in_store',
        paymentStatus: 'paid',
        placedAt: new Date(body.placedAt),
      })
      // A concurrent post of the same sale waits here for the first and then inserts nothing.
      .onConflictDoNothing({ target: [orders.storeId, orders.externalId] })
      .returning({ id: orders.id });
    if (inserted.length === 0) return false;
    const [location] = await tx.select().from(inventoryLocations).where(eq(inventoryLocations.storeId, body.storeId));
    const moves: StockMove[] = [];
    const oversold = new Map<number, number>();
    // Rows are locked in variant order (checkout's and the stock feed's order: byStockRow).
    const byVariant = body.lines
      .map((line, index) => ({ line, index, variant: bySku.get(line.sku)! }))
      .sort((a, b) => (a.variant.id < b.variant.id ? -1 : a.variant.id > b.variant.id ? 1 : a.index - b.index));
    for (const { line, index, variant } of byVariant) {
      // Safety stock does not hold back a till: the shopper has the unit in hand at the counter.
      const [row] = rowsOf(
        z.object({ taken: sqlNumber, after: sqlNumber, threshold: sqlNumber }),
        await tx.execute(sql`
          WITH before AS (
            SELECT on_hand, reserved FROM stock_levels
            WHERE location_id = ${location!.id} AND variant_id = ${variant.id} FOR UPDATE)
          UPDATE stock_levels s SET on_hand = greatest(b.on_hand - ${line.quantity}, b.reserved)
          FROM before b, inventory_locations l
          WHERE s.location_id = ${location!.id} AND s.variant_id = ${variant.id} AND l.id = s.location_id
          RETURNING b.on_hand - s.on_hand AS taken, ${availableSql('s', 'l')} AS after,
            l.low_stock_threshold AS threshold`),
      );
      if (row) {
        const move = { before: row.after + row.taken, after: row.after, threshold: row.threshold };
        moves.push({ locationId: location!.id, variantId: variant.id, ...move });
      }
      oversold.set(index, line.quantity - (row?.taken ?? 0));
    }
    for (const [index, line] of body.lines.entries()) {
      const variant = bySku.get(line.sku)!;
      await tx.insert(orderLines).values({
        id: newId('oli'),
        orderId,
        variantId: variant.id,
        sku: line.sku,
        title: variant.title,
        options: {
          ...(variant.size ? { size: variant.size } : {}),
          ...(variant.color ? { color: variant.color } : {}),
        },
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        fulfillment: 'in_store',
        storeId: body.storeId,
        oversold: oversold.get(index) ?? line.quantity,
      });
    }
    await emitLowStock(tx, moves, now);
    // Only the first post of a sale gets here: a repeat inserted nothing and returned above.
    await emitOrderEvent(tx, 'store_sale.recorded', orderId, { now });
    return true;
  });
  if (created) return { orderId, created: true };
  const after = await existing();
  if (!after) throw new Error('A conflicting store order vanished');
  return { orderId: after.id, created: false };
}
