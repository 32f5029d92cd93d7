import 'server-only';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { cartLines, carts, users, variants } from '@/lib/db/schema';
import { newId } from '@/lib/ids';
import { isMarketCode, marketOf, marketOrBase } from '@/lib/markets/markets';
import { lineIdentity, mergeLines, type MergeLine } from './merge-lines';
import { alignPickupLines } from './mutate-cart';
import { findOrCreateCartId } from './find-cart';
import { intoMarket, storeInMarket } from './switch-market';
import { hashGuestToken } from './guest-cookie';
import type { CartNotice } from './schema';
import { availableAt } from './stock';

/**
 * Moves a guest cart into the account's cart, once: the guest cart is marked merged in
 * the same transaction, so a second call (another tab, a retry) changes nothing.
 */
export async function mergeGuestCart(
  db: Db,
  guestToken: string,
  userId: string,
  now: Date,
): Promise<{ merged: boolean; notices: CartNotice[] }> {
  const accountCartId = await findOrCreateCartId(db, { userId }, now);
  return inTransaction(db, async (tx) => {
    const [guest] = await tx
      .select()
      .from(carts)
      .where(and(eq(carts.tokenHash, hashGuestToken(guestToken)), isNull(carts.mergedIntoId)))
      .for('update');
    if (!guest || guest.id === accountCartId) return { merged: false, notices: [] };
    const [account] = await tx.select().from(carts).where(eq(carts.id, accountCartId)).for('update');
    const accountRows = await tx.select().from(cartLines).where(eq(cartLines.cartId, accountCartId));
    // The account's market wins: its choice (users.market), else that of its bag with items in it.
    // An account with neither adopts the market the shopper was shopping in as a guest.
    const [owner] = await tx.select({ market: users.market }).from(users).where(eq(users.id, userId));
    const chosen = owner?.market ?? (accountRows.length > 0 ? account?.market : null);
    const guestMarket = marketOrBase(guest.market);
    const market = isMarketCode(chosen) ? chosen : guestMarket;
    if (!owner?.market) await tx.update(users).set({ market }).where(eq(users.id, userId));
    // The guest's lines are made fit for that market first (re-priced, moved, dropped); the merge takes them as they are.
    const moved = await intoMarket(tx, guest.id, guestMarket, market);
    const marketNotices: CartNotice[] = moved.length ? [{ code: 'market_kept', market }, ...moved] : [];
    const toLine = (l: typeof cartLines.$inferSelect): MergeLine => ({
      variantId: l.variantId,
      fulfillment: l.fulfillment,
      storeId: l.storeId,
      quantity: l.quantity,
    });
    const guestLines = (await tx.select().from(cartLines).where(eq(cartLines.cartId, guest.id))).map(toLine);
    // The account's bag is in that market before the guest's lines are counted against its stock.
    await tx
      .update(carts)
      .set({ market, currency: marketOf(market).currency })
      .where(eq(carts.id, accountCartId));
    const available = new Map<string, number>();
    for (const g of guestLines) available.set(lineIdentity(g), await availableAt(tx, g.variantId, g, market));
    const result = mergeLines(accountRows.map(toLine), guestLines, (l) => available.get(lineIdentity(l)) ?? 0);

    const existingIds = new Map(accountRows.map((r) => [lineIdentity(toLine(r)), r.id]));
    for (const line of result.lines) {
      const id = existingIds.get(lineIdentity(line));
      if (id) await tx.update(cartLines).set({ quantity: line.quantity }).where(eq(cartLines.id, id));
      else await tx.insert(cartLines).values({ id: newId('lin'), cartId: accountCartId, ...line, createdAt: now });
    }
    await tx.update(carts).set({ mergedIntoId: accountCartId, updatedAt: now }).where(eq(carts.id, guest.id));

    const cappedIds = result.capped.map((c) => c.variantId);
    const skus = new Map(
      cappedIds.length
        ? (
            await tx
              .select({ id: variants.id, sku: variants.sku })
              .from(variants)
              .where(inArray(variants.id, cappedIds))
          ).map((v) => [v.id, v.sku])
        : [],
    );
    const notices: CartNotice[] = result.capped.map((c) => ({
      code: 'quantity_capped',
      sku: skus.get(c.variantId),
      requested: c.requested,
      kept: c.kept,
    }));
    if (result.added > 0) notices.unshift({ code: 'merged', count: guestLines.reduce((n, l) => n + l.quantity, 0) });
    notices.push(...marketNotices);
    const guestStore =
      guest.pickupStoreId && (await storeInMarket(tx, guest.pickupStoreId, market)) ? guest.pickupStoreId : null;
    await tx
      .update(carts)
      .set({
        version: sql`${carts.version} + 1`,
        updatedAt: now,
        pickupStoreId: account?.pickupStoreId ?? guestStore,
        // Kept until the shopper dismisses them, so no page or device can miss them.
        notices: sql`${carts.notices} || ${JSON.stringify(notices)}::jsonb`,
      })
      .where(eq(carts.id, accountCartId));
    // The guest's pickup lines join the account's pickup store: one bag, one store.
    notices.push(...(await alignPickupLines(tx, accountCartId)));
    return { merged: true, notices };
  });
}
