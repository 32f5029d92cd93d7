import { orderContract } from '@/lib/orders/contract';
import { addOrderToCart } from '@/lib/cart/buy-again';
import { withCallerCart } from '@/lib/cart/caller-cart';
import { route } from '@/lib/http/route';
import { getOrderForCaller } from '@/lib/orders/read-order';

/**
 * Puts a past order's still-available items in the caller's cart; the cart's notices say what
 * was added and what is not available. Only someone who may see the order may reorder it.
 */
export const POST = route(orderContract.buyAgain, async (ctx) => {
  const order = await getOrderForCaller(ctx.db, ctx.params.id, { user: ctx.caller.user, token: ctx.query.token });
  const body = { orderId: order.id };
  return withCallerCart({ ...ctx, body }, {}, async (tx, cart) =>
    cart.answer(tx, await addOrderToCart(tx, cart.id, order, cart)),
  );
});
