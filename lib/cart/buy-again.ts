import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { cartLines, carts } from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';
import { newId } from '@/lib/ids';
import { assertStoreInMarket } from '@/lib/stores/assert-takes-pickup';
import type { Order } from '@/lib/orders/schema';
import { findLine, withLockedCart, type Opts } from './mutate-cart';
import { MAX_LINE_QUANTITY, type BuyAgainBody, type CartNotice } from './schema';
import { availableAt, isOnSale, locationIdFor, type LineLocation } from './stock';

/**
 * "Buy again": the items the shopper chose from a past order (online or in store), in the
 * quantities they chose, for the one place they chose: their bag's pickup store or delivery,
 * never the store of the old order. Stock is checked there and then: what is short is cut to
 * what there is (quantity_capped), what is not there at all is left out (unavailable), and the
 * notices say so. Pickup at another store than the bag's makes it the bag's store, and the bag's
 * other pickup lines follow (withLockedCart), so the bag never contradicts itself.
 */
export async function addOrderToCart(
  db: Db,
  cartId: string,
  order: { lines: Pick<Order['lines'][number], 'variantId' | 'sku' | 'title'>[] },
  body: BuyAgainBody,
  opts: Opts,
): Promise<CartNotice[]> {
  const sold = new Map(order.lines.flatMap((l) => (l.variantId ? [[l.variantId, l] as const] : [])));
  const wanted = new Map<string, number>();
  body.lines.forEach((l, i) => {
    if (!sold.has(l.variantId))
      throw new AppError('invalid_request', 'That item is not in this order, or no longer sold', {
        fields: { [`lines.${i}.variantId`]: ['Not in this order'] },
      });
    wanted.set(l.variantId, (wanted.get(l.variantId) ?? 0) + l.quantity);
  });
  const place: LineLocation =
    body.fulfillment.type === 'pickup'
      ? { fulfillment: 'pickup', storeId: body.fulfillment.storeId }
      : { fulfillment: 'ship', storeId: null };
  return withLockedCart(db, cartId, opts, async (tx, { market }) => {
    if (place.storeId) {
      await assertStoreInMarket(tx, place.storeId, 'fulfillment.storeId', market);
      await locationIdFor(tx, place, market);
      await tx.update(carts).set({ pickupStoreId: place.storeId }).where(eq(carts.id, cartId));
    }
    const notices: CartNotice[] = [];
    for (const [variantId, requested] of wanted) {
      const line = sold.get(variantId)!;
      const about = { sku: line.sku, title: line.title };
      const existing = await findLine(tx, cartId, variantId, place);
      const have = existing?.quantity ?? 0;
      const stock = (await isOnSale(tx, variantId)) ? await availableAt(tx, variantId, place, market) : 0;
      const room = Math.min(MAX_LINE_QUANTITY, stock) - have;
      const added = Math.max(0, Math.min(requested, room));
      if (added === 0) {
        notices.push({ code: 'unavailable', ...about });
        continue;
      }
      if (existing)
        await tx
          .update(cartLines)
          .set({ quantity: have + added })
          .where(eq(cartLines.id, existing.id));
      else
        await tx
          .insert(cartLines)
          .values({ id: newId('lin'), cartId, variantId, quantity: added, ...place, createdAt: opts.now });
      notices.push(
        added < requested
          ? { code: 'quantity_capped', ...about, requested, kept: added }
          : { code: 'added', ...about, count: added },
      );
    }
    return notices;
  });
}
