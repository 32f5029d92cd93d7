import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { users } from '@/lib/db/schema';
import { findCartId } from '@/lib/cart/find-cart';
import { emptyCart, readCart } from '@/lib/cart/read-cart';
import { notFoundError } from '@/lib/http/errors';
import { listOrdersForUser } from '@/lib/orders/read-order';

/**
 * Everything Aisle holds about an account (GDPR Art. 15/20): the profile, every order it
 * sees (the in-store orders of its verified phone included) and its cart.
 */
export async function exportAccountData(db: Db, userId: string, now: Date) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw notFoundError('Account');
  const cartId = await findCartId(db, { userId });
  const [orders, cart] = await Promise.all([
    listOrdersForUser(db, { id: user.id, phone: user.phone }, { limit: 100_000 }),
    cartId ? readCart(db, cartId) : emptyCart(),
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
  };
}
