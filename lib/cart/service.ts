import 'server-only';
import type { SessionUser } from '@/lib/auth/schema';
import type { Db } from '@/lib/db';
import { mergeGuestCart } from './merge-guest-cart';
import { findCartId, findOrCreateCartId, newGuestToken } from './owner';
import { emptyCart, readCart, type CartContext } from './read-cart';
import type { Cart } from './schema';

export type Caller = { user: SessionUser | null; guestToken: string | null };

/** What the HTTP layer must do with the guest cookie after the call. */
export type CookieChange = { set?: string; clear?: boolean };

/** A signed-in caller still holding a guest cookie brings that cart along, once. */
async function absorbGuestCart(db: Db, caller: Caller, now: Date): Promise<CookieChange> {
  if (!caller.user || !caller.guestToken) return {};
  // The merge's notices are stored on the account cart until the shopper dismisses them.
  await mergeGuestCart(db, caller.guestToken, caller.user.id, now);
  return { clear: true };
}

/** The caller's cart for reading; nothing is created for a guest who has none. */
export async function getCallerCart(
  db: Db,
  caller: Caller,
  now: Date,
  context: CartContext = {},
): Promise<{ cart: Cart; cookie: CookieChange }> {
  const cookie = await absorbGuestCart(db, caller, now);
  const owner = caller.user ? { userId: caller.user.id } : caller.guestToken ? { guestToken: caller.guestToken } : null;
  const cartId = owner ? await findCartId(db, owner) : null;
  const cart = cartId ? await readCart(db, cartId, { ...context, now }) : emptyCart();
  return { cart, cookie };
}

/** The caller's cart for writing, created when needed (a guest gets a new cookie token). */
export async function ensureCallerCart(
  db: Db,
  caller: Caller,
  now: Date,
): Promise<{ cartId: string; scope: string; cookie: CookieChange }> {
  const cookie = await absorbGuestCart(db, caller, now);
  if (caller.user) {
    const cartId = await findOrCreateCartId(db, { userId: caller.user.id }, now);
    return { cartId, scope: `user:${caller.user.id}`, cookie };
  }
  if (caller.guestToken) {
    const cartId = await findCartId(db, { guestToken: caller.guestToken });
    if (cartId) return { cartId, scope: `cart:${cartId}`, cookie };
  }
  const token = newGuestToken();
  const cartId = await findOrCreateCartId(db, { guestToken: token }, now);
  return { cartId, scope: `cart:${cartId}`, cookie: { set: token } };
}
