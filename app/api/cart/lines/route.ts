import { withCallerCart } from '@/lib/cart/caller-cart';
import { addLine } from '@/lib/cart/mutate-cart';
import { addLineBodySchema } from '@/lib/cart/schema';
import { route } from '@/lib/http/route';

export const POST = route({ auth: 'shopper', body: addLineBodySchema }, async (ctx) =>
  withCallerCart(ctx, {}, async (tx, cart) => cart.answer(tx, await addLine(tx, cart.id, ctx.body, cart))),
);
