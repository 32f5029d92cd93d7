import 'server-only';
import { eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { cartLines, carts, users } from '@/lib/db/schema';
import { shownAvailableSql } from '@/lib/inventory/available-sql';
import { marketStoreSql, shippingWarehouseSql } from '@/lib/markets/fulfilment-sql';
import { marketOf, type MarketCode } from '@/lib/markets/markets';
import { marketPriceSql } from '@/lib/markets/price-sql';
import { findLine, relocateLine, withLockedCart, type Opts } from './mutate-cart';
import { readCart, type CartContext } from './read-cart';
import { MAX_LINE_QUANTITY, type CartNotice } from './schema';

const lineRow = z.object({
  id: z.string(),
  variant_id: z.string(),
  sku: z.string(),
  title: z.string(),
  quantity: sqlNumber,
  fulfillment: z.enum(cartLines.fulfillment.enumValues),
  store_id: z.string().nullable(),
  /** The line's store is one of the new market's (null for a delivered line). */
  store_in_market: z.boolean().nullable(),
  price_before: sqlNumber.nullable(),
  price_after: sqlNumber.nullable(),
  /** Units the new market can supply from anywhere: its shipping warehouse and its stores. */
  market_available: sqlNumber,
});

/** What the offers engine says of a code that is another market's (market-offers), or none this market knows. */
const CODE_OF_NO_MARKET_HERE: readonly string[] = ['other_market', 'unknown_code'];

/** The bag's lines as the old and the new market see them. */
async function linesAcross(tx: Db, cartId: string, from: MarketCode, to: MarketCode) {
  return rowsOf(
    lineRow,
    await tx.execute(sql`
      SELECT l.id, l.variant_id, v.sku, p.title, l.quantity, l.fulfillment, l.store_id,
        CASE WHEN l.store_id IS NULL THEN NULL ELSE EXISTS (
          SELECT 1 FROM stores s WHERE s.id = l.store_id AND ${marketStoreSql('s', to)}) END AS store_in_market,
        ${marketPriceSql('v', from)} AS price_before,
        ${marketPriceSql('v', to)} AS price_after,
        coalesce((
          SELECT sum(${shownAvailableSql('sl', 'loc')})
          FROM stock_levels sl JOIN inventory_locations loc ON loc.id = sl.location_id
          LEFT JOIN stores s ON s.id = loc.store_id
          WHERE sl.variant_id = l.variant_id
            AND (${shippingWarehouseSql('loc', to)} OR (loc.kind = 'store' AND ${marketStoreSql('s', to)}))
        ), 0) AS market_available
      FROM cart_lines l
      JOIN variants v ON v.id = l.variant_id
      JOIN products p ON p.id = v.product_id
      WHERE l.cart_id = ${cartId}
      ORDER BY l.created_at, l.id`),
  );
}

/** A pickup line at a store outside the market becomes a delivery, joining the bag's delivery line of the same item. */
async function moveToDelivery(tx: Db, cartId: string, line: z.infer<typeof lineRow>): Promise<CartNotice[]> {
  const about = { sku: line.sku, title: line.title };
  const ship = { fulfillment: 'ship' as const, storeId: null };
  const target = await findLine(tx, cartId, line.variant_id, ship);
  const wanted = line.quantity + (target?.quantity ?? 0);
  const quantity = Math.min(wanted, MAX_LINE_QUANTITY);
  await relocateLine(tx, line.id, ship, quantity, target);
  const notices: CartNotice[] = [{ code: 'moved_to_market_delivery', ...about, count: line.quantity }];
  if (quantity < wanted) notices.push({ code: 'quantity_capped', ...about, requested: wanted, kept: quantity });
  return notices;
}

/**
 * The lines of a bag moving from one market to another, made fit for the new one: a line the
 * market cannot serve (no price there, or no stock at its warehouse or any of its stores) leaves,
 * a pickup at a store outside the market becomes a delivery from the market's warehouse. Returns
 * what that did and each item's price before and after (the bag's reads price it from the new list).
 */
export async function intoMarket(tx: Db, cartId: string, from: MarketCode, market: MarketCode): Promise<CartNotice[]> {
  if (from === market) return [];
  const lines = await linesAcross(tx, cartId, from, market);
  const notices: CartNotice[] = [];
  const dropped = lines.filter((l) => l.price_after === null || l.market_available === 0);
  if (dropped.length)
    await tx.delete(cartLines).where(
      inArray(
        cartLines.id,
        dropped.map((l) => l.id),
      ),
    );
  for (const l of dropped) notices.push({ code: 'dropped_for_market', market, sku: l.sku, title: l.title });
  const kept = lines.filter((l) => !dropped.includes(l));
  for (const l of kept.filter((k) => k.fulfillment === 'pickup' && !k.store_in_market)) {
    notices.push(...(await moveToDelivery(tx, cartId, l)).map((n) => ({ ...n, market })));
  }
  // One price notice per item, also when a moved line joined its delivery line.
  const priced = new Set<string>();
  for (const l of kept) {
    if (priced.has(l.variant_id)) continue;
    priced.add(l.variant_id);
    notices.push({
      code: 'price_changed',
      sku: l.sku,
      title: l.title,
      ...(l.price_before === null ? {} : { from: { amount: l.price_before, currency: marketOf(from).currency } }),
      to: { amount: l.price_after!, currency: marketOf(market).currency },
    });
  }
  return notices;
}

/**
 * Moves the bag to another market: its market and currency change, its lines are made fit for
 * the market (intoMarket), the pickup store leaves the bag when it is outside the market, and a
 * code that is another market's is removed. A signed-in shopper's account takes the market too,
 * so the next device and the next bag follow. What changed is stored in the bag's notices (every
 * device shows them until dismissed). The same market again changes nothing but the version.
 */
export async function switchCartMarket(
  db: Db,
  cartId: string,
  market: MarketCode,
  opts: Opts & { userId: string | null; context: CartContext },
): Promise<void> {
  await withLockedCart(db, cartId, opts, async (tx, { market: from }) => {
    if (opts.userId) await tx.update(users).set({ market }).where(eq(users.id, opts.userId));
    if (from === market) return;
    const [head] = await tx
      .select({ pickupStoreId: carts.pickupStoreId, offerCode: carts.offerCode })
      .from(carts)
      .where(eq(carts.id, cartId));
    const { pickupStoreId, offerCode } = head!;
    const notices: CartNotice[] = [{ code: 'market_changed', market }, ...(await intoMarket(tx, cartId, from, market))];
    const storeOutside = pickupStoreId ? !(await storeInMarket(tx, pickupStoreId, market)) : false;
    await tx
      .update(carts)
      .set({ market, currency: marketOf(market).currency, ...(storeOutside ? { pickupStoreId: null } : {}) })
      .where(eq(carts.id, cartId));
    // The entered code, where it is another market's, cannot apply here: it leaves, and says so.
    const status = offerCode ? (await readCart(tx, cartId, opts.context)).offerCode?.status : undefined;
    if (offerCode && status && CODE_OF_NO_MARKET_HERE.includes(status)) {
      await tx.update(carts).set({ offerCode: null }).where(eq(carts.id, cartId));
      notices.push({ code: 'offer_code_dropped', market, offerCode });
    }
    await tx
      .update(carts)
      .set({ notices: sql`coalesce(${carts.notices}, '[]'::jsonb) || ${JSON.stringify(notices)}::jsonb` })
      .where(eq(carts.id, cartId));
  });
}

/** Whether the store is one of the market's (its country is one the market serves). */
export async function storeInMarket(tx: Db, storeId: string, market: MarketCode): Promise<boolean> {
  const rows = rowsOf(
    z.object({ inside: z.boolean() }),
    await tx.execute(sql`SELECT ${marketStoreSql('s', market)} AS inside FROM stores s WHERE s.id = ${storeId}`),
  );
  return rows[0]?.inside ?? false;
}
