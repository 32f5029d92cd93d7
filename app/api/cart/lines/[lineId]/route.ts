import { withCallerCart } from '@/lib/cart/caller-cart';
import { removeLine, updateLine } from '@/lib/cart/mutate-cart';
import { lineParamsSchema, patchLineBodySchema } from '@/lib/cart/schema';
import { route } from '@/lib/http/route';

export const PATCH = route({ auth: 'shopper', params: lineParamsSchema, body: patchLineBodySchema }, async (ctx) =>
  withCallerCart(ctx, {}, async (tx, cart) =>
    cart.answer(tx, await updateLine(tx, cart.id, ctx.params.lineId, ctx.body, cart)),
  ),
);

export const DELETE = route({ auth: 'shopper', params: lineParamsSchema }, async (ctx) =>
  withCallerCart(ctx, {}, async (tx, cart) => cart.answer(tx, await removeLine(tx, cart.id, ctx.params.lineId, cart))),
);
