import { orderContract } from '@/lib/orders/contract';
import { addOrderToCart } from '@/lib/cart/buy-again';
import { withCallerCart } from '@/lib/cart/caller-cart';
import { route } from '@/lib/http/route';
import { getOrderForCaller } from '@/lib/orders/read-order';

/**
 * Puts the chosen items of a past order in the caller's cart, for their pickup store or
 * delivery; the cart's notices say what was added, cut or not available there. Only someone
 * who may see the order may reorder it.
 */
export const POST = route(orderContract.buyAgain, async (ctx) => {
  const order = await getOrderForCaller(ctx.db, ctx.params.id, { user: ctx.caller.user, token: ctx.query.token });
  return withCallerCart({ ...ctx, body: { orderId: order.id, ...ctx.body } }, {}, async (tx, cart) =>
    cart.answer(tx, await addOrderToCart(tx, cart.id, order, ctx.body, cart)),
  );
});
