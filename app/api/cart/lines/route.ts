import { cartContract } from '@/lib/cart/contract';
import { withCallerCart } from '@/lib/cart/caller-cart';
import { addLine } from '@/lib/cart/mutate-cart';
import { route } from '@/lib/http/route';

export const POST = route(cartContract.addLine, async (ctx) =>
  withCallerCart(ctx, {}, async (tx, cart) => cart.answer(tx, await addLine(tx, cart.id, ctx.body, cart))),
);
