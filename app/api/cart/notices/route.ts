import { cartContract } from '@/lib/cart/contract';
import { withCallerCart } from '@/lib/cart/caller-cart';
import { clearNotices } from '@/lib/cart/mutate-cart';
import { route } from '@/lib/http/route';

/** Dismisses the cart's notices (on every device). */
export const DELETE = route(cartContract.clearNotices, async (ctx) =>
  withCallerCart(ctx, {}, async (tx, cart) => cart.answer(tx, await clearNotices(tx, cart.id, cart))),
);
