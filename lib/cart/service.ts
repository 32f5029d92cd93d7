import 'server-only';
import type { SessionUser } from '@/lib/auth/schema';
import type { Db } from '@/lib/db';
import { mergeGuestCart } from './merge-guest-cart';
import { dropUntouchedCart, findCartId, findOrCreateCart, newGuestToken } from './owner';
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
): Promise<{ cartId: string; scope: string; cookie: CookieChange; created: boolean }> {
  const cookie = await absorbGuestCart(db, caller, now);
  if (caller.user) {
    const { id, created } = await findOrCreateCart(db, { userId: caller.user.id }, now);
    return { cartId: id, scope: `user:${caller.user.id}`, cookie, created };
  }
  if (caller.guestToken) {
    const cartId = await findCartId(db, { guestToken: caller.guestToken });
    if (cartId) return { cartId, scope: `cart:${cartId}`, cookie, created: false };
  }
  const token = newGuestToken();
  const { id, created } = await findOrCreateCart(db, { guestToken: token }, now);
  return { cartId: id, scope: `cart:${id}`, cookie: { set: token }, created };
}

/**
 * Runs a request's work on the caller's cart, which `ensureCallerCart` may just have made. When
 * the work is refused (thrown, or answered with a 4xx) a cart made for it is removed again and no
 * cookie is set for it: a refusal leaves nothing behind. `forgetRefusal` is for `runIdempotent`:
 * it removes that cart inside the transaction that would store the refusal, so the key's row
 * goes with it.
 */
export async function onCallerCart<R extends { status: number }>(
  db: Db,
  cart: { cartId: string; created: boolean; cookie: CookieChange },
  work: (forgetRefusal: (tx: Db) => Promise<boolean>) => Promise<R>,
): Promise<{ result: R; cookie: CookieChange }> {
  const forgetRefusal = async (tx: Db) => cart.created && (await dropUntouchedCart(tx, cart.cartId));
  let result: R;
  try {
    result = await work(forgetRefusal);
  } catch (error) {
    if (cart.created) await dropUntouchedCart(db, cart.cartId);
    throw error;
  }
  if (result.status >= 400 && cart.created) {
    await dropUntouchedCart(db, cart.cartId);
    return { result, cookie: { ...cart.cookie, set: undefined } };
  }
  return { result, cookie: cart.cookie };
}
