import { cartContract } from '@/lib/cart/contract';
import { withCallerCart } from '@/lib/cart/caller-cart';
import { removeLine, updateLine } from '@/lib/cart/mutate-cart';
import { route } from '@/lib/http/route';

export const PATCH = route(cartContract.updateLine, async (ctx) =>
  withCallerCart(ctx, {}, async (tx, cart) =>
    cart.answer(tx, await updateLine(tx, cart.id, ctx.params.lineId, ctx.body, cart)),
  ),
);

export const DELETE = route(cartContract.removeLine, async (ctx) =>
  withCallerCart(ctx, {}, async (tx, cart) => cart.answer(tx, await removeLine(tx, cart.id, ctx.params.lineId, cart))),
);
