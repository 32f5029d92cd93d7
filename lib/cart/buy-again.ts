import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { cartLines } from '@/lib/db/schema';
import { newId } from '@/lib/ids';
import type { Order } from '@/lib/orders/schema';
import { findLine, withLockedCart, type Opts } from './mutate-cart';
import { MAX_LINE_QUANTITY, type CartNotice } from './schema';
import { availableAt, type LineLocation } from './stock';

/** Where a line of a past order can come from now: its own store first, then shipping. */
function placesFor(line: Order['lines'][number]): LineLocation[] {
  const ship: LineLocation = { fulfillment: 'ship', storeId: null };
  return line.fulfillment.type === 'ship'
    ? [ship]
    : [{ fulfillment: 'pickup', storeId: line.fulfillment.storeId }, ship];
}

/**
 * "Buy again": puts a past order's items (online or in store) back in the cart, as many as
 * are available now, and says what was added, what was cut and what is no longer sold.
 */
export async function addOrderToCart(db: Db, cartId: string, order: Order, opts: Opts): Promise<CartNotice[]> {
  return withLockedCart(db, cartId, opts, async (tx) => {
    const notices: CartNotice[] = [];
    for (const line of order.lines) {
      const about = { sku: line.sku, title: line.title };
      let added = 0;
      for (const place of line.variantId ? placesFor(line) : []) {
        const existing = await findLine(tx, cartId, line.variantId!, place);
        const have = existing?.quantity ?? 0;
        const room = Math.min(MAX_LINE_QUANTITY, await availableAt(tx, line.variantId!, place)) - have;
        added = Math.min(line.quantity, room);
        if (added <= 0) continue;
        if (existing)
          await tx
            .update(cartLines)
            .set({ quantity: have + added })
            .where(eq(cartLines.id, existing.id));
        else {
          await tx.insert(cartLines).values({
            id: newId('lin'),
            cartId,
            variantId: line.variantId!,
            quantity: added,
            ...place,
            createdAt: opts.now,
          });
        }
        break;
      }
      if (added <= 0) notices.push({ code: 'unavailable', ...about });
      else if (added < line.quantity)
        notices.push({ code: 'quantity_capped', ...about, requested: line.quantity, kept: added });
      else notices.push({ code: 'added', ...about, count: added });
    }
    return notices;
  });
}
