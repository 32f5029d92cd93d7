import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { backInStockRequests, users } from '@/lib/db/schema';
import { findCartId } from '@/lib/cart/find-cart';
import { emptyCart, readCart } from '@/lib/cart/read-cart';
import { notFoundError } from '@/lib/http/errors';
import { listOrdersForUser } from '@/lib/orders/read-order';
import { readWishlist } from '@/lib/wishlist/wishlist';

/**
 * Everything Aisle holds about an account (GDPR Art. 15/20): the profile, every order it
 * sees (the in-store orders of its verified phone included), its cart, wishlist and back-in-stock requests.
 */
export async function exportAccountData(db: Db, userId: string, now: Date) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw notFoundError('Account');
  const cartId = await findCartId(db, { userId });
  const [orders, cart, wishlist, backInStock] = await Promise.all([
    listOrdersForUser(db, { id: user.id, phone: user.phone }, { limit: 100_000 }),
    cartId ? readCart(db, cartId) : emptyCart(),
    readWishlist(db, user.id),
    db
      .select({
        variantId: backInStockRequests.variantId,
        channel: backInStockRequests.channel,
        to: backInStockRequests.to,
        createdAt: backInStockRequests.createdAt,
        notifiedAt: backInStockRequests.notifiedAt,
      })
      .from(backInStockRequests)
      .where(eq(backInStockRequests.userId, user.id)),
  ]);
  return {
    exportedAt: now.toISOString(),
    profile: {
      id: user.id,
      name: user.name,
      email: user.email,
      phone: user.phone,
      phoneVerifiedAt: user.phoneVerifiedAt?.toISOString() ?? null,
      createdAt: user.createdAt.toISOString(),
    },
    orders,
    cart,
    wishlist: wishlist.items.map((i) => ({ productId: i.id, handle: i.handle, title: i.title })),
    backInStock: backInStock.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      notifiedAt: r.notifiedAt?.toISOString() ?? null,
    })),
  };
}
