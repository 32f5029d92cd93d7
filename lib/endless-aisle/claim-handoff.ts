import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { cartHandoffs, carts, products, variants } from '@/lib/db/schema';
import { addOrderToCart } from '@/lib/cart/buy-again';
import type { Opts } from '@/lib/cart/mutate-cart';
import type { CartNotice } from '@/lib/cart/schema';
import { AppError } from '@/lib/http/errors';
import { hashHandoffToken } from './send-handoff';

/**
 * Opens a hand-off link into the caller's own bag (their account's, or their guest bag): the
 * lines join what is already there as "buy again" adds them (same place, capped at the stock and
 * the per-line limit, the bag's notices saying what was added, cut or missing), and the bag
 * remembers the hand-off so the order placed from it is credited to the store and associate. The
 * link works once (the row is locked, so two phones opening it at once cannot both take it) and
 * not after it expires; an unknown, used or expired link all answer the same 410.
 */
export async function claimHandoff(db: Db, cartId: string, token: string, opts: Opts): Promise<CartNotice[]> {
  return inTransaction(db, async (tx) => {
    const [handoff] = await tx
      .select()
      .from(cartHandoffs)
      .where(eq(cartHandoffs.tokenHash, hashHandoffToken(token)))
      .for('update');
    if (!handoff || handoff.claimedAt || handoff.expiresAt <= opts.now) {
      throw new AppError('handoff_gone', 'This link was already used or has expired; ask the store to send it again');
    }
    await tx
      .update(cartHandoffs)
      .set({ claimedAt: opts.now, claimedCartId: cartId })
      .where(eq(cartHandoffs.id, handoff.id));
    await tx.update(carts).set({ handoffId: handoff.id }).where(eq(carts.id, cartId));
    // A variant deleted since it was sent is simply left out; one taken off sale is told as unavailable.
    const known = await tx
      .select({ variantId: variants.id, sku: variants.sku, title: products.title })
      .from(variants)
      .innerJoin(products, eq(products.id, variants.productId))
      .where(
        inArray(
          variants.id,
          handoff.lines.map((l) => l.variantId),
        ),
      );
    const lines = handoff.lines
      .filter((l) => known.some((k) => k.variantId === l.variantId))
      .map((l) => ({ variantId: l.variantId, quantity: l.quantity }));
    if (lines.length === 0) return [];
    const first = handoff.lines[0]!;
    const fulfillment =
      first.fulfillment === 'pickup' && first.storeId
        ? ({ type: 'pickup', storeId: first.storeId } as const)
        : ({ type: 'ship' } as const);
    return addOrderToCart(tx, cartId, { lines: known }, { lines, fulfillment }, opts);
  });
}
