import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { products, users, wishlistItems } from '@/lib/db/schema';
import { getProductSummaries } from '@/lib/catalog/product-summaries';
import { AppError, notFoundError } from '@/lib/http/errors';
import { marketOrBase, type MarketCode } from '@/lib/markets/markets';
import { WISHLIST_MAX, type Wishlist } from './schema';

/** The account's wishlist as product cards, newest first, priced in the account's market: the same on every device. */
export async function readWishlist(db: Db, userId: string, market?: MarketCode): Promise<Wishlist> {
  const [account] = market ? [] : await db.select({ market: users.market }).from(users).where(eq(users.id, userId));
  const rows = await db
    .select({ productId: wishlistItems.productId })
    .from(wishlistItems)
    .where(eq(wishlistItems.userId, userId))
    .orderBy(desc(wishlistItems.createdAt), wishlistItems.productId);
  return {
    items: await getProductSummaries(
      db,
      rows.map((r) => r.productId),
      market ?? marketOrBase(account?.market),
    ),
  };
}

/**
 * Keeps products for later (known ones only, at most WISHLIST_MAX); a product already kept stays
 * as it was and takes no room from the new ones. Takes the account's user row lock first, so two
 * devices adding at once are counted one after the other and the list never passes its limit.
 */
async function keep(tx: Db, userId: string, productIds: string[], now: Date): Promise<number> {
  const unique = [...new Set(productIds)];
  if (unique.length === 0) return 0;
  await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
  const known = await tx.select({ id: products.id }).from(products).where(inArray(products.id, unique));
  const knownIds = new Set(known.map((k) => k.id));
  const kept = await tx
    .select({ id: wishlistItems.productId })
    .from(wishlistItems)
    .where(eq(wishlistItems.userId, userId));
  const keptIds = new Set(kept.map((k) => k.id));
  // The guest's newest first: each gets a distinct moment so the list keeps their order.
  const rows = unique
    .filter((id) => knownIds.has(id) && !keptIds.has(id))
    .slice(0, Math.max(WISHLIST_MAX - keptIds.size, 0))
    .map((productId, i) => ({ userId, productId, createdAt: new Date(now.getTime() - i) }));
  if (rows.length === 0) return 0;
  const inserted = await tx.insert(wishlistItems).values(rows).onConflictDoNothing().returning();
  return inserted.length;
}

export async function addToWishlist(db: Db, userId: string, productId: string, now: Date): Promise<Wishlist> {
  await inTransaction(db, async (tx) => {
    const [product] = await tx.select({ id: products.id }).from(products).where(eq(products.id, productId));
    if (!product) throw notFoundError('Product');
    if ((await keep(tx, userId, [productId], now)) > 0) return;
    // Nothing added (read under keep's lock): kept already, perhaps by another device just now, or the list is full.
    const [already] = await tx
      .select({ id: wishlistItems.productId })
      .from(wishlistItems)
      .where(and(eq(wishlistItems.userId, userId), eq(wishlistItems.productId, productId)));
    if (!already) throw new AppError('line_limit_exceeded', `A wishlist keeps at most ${WISHLIST_MAX} products`);
  });
  return readWishlist(db, userId);
}

export async function removeFromWishlist(db: Db, userId: string, productId: string): Promise<Wishlist> {
  await db.delete(wishlistItems).where(and(eq(wishlistItems.userId, userId), eq(wishlistItems.productId, productId)));
  return readWishlist(db, userId);
}

/**
 * Moves a guest's list (kept on their device) into the account at sign-in. Adding what is already
 * there changes nothing, so a second tab or a retry sending the same list is harmless.
 */
export async function mergeWishlist(db: Db, userId: string, productIds: string[], now: Date): Promise<Wishlist> {
  await inTransaction(db, (tx) => keep(tx, userId, productIds, now));
  return readWishlist(db, userId);
}
