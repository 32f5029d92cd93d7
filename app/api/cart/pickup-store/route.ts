import { withCallerCart } from '@/lib/cart/caller-cart';
import { setPickupStore } from '@/lib/cart/mutate-cart';
import { pickupStoreBodySchema } from '@/lib/cart/schema';
import { route } from '@/lib/http/route';

export const PUT = route({ auth: 'shopper', body: pickupStoreBodySchema }, async (ctx) =>
  withCallerCart(ctx, {}, async (tx, cart) =>
    cart.answer(tx, await setPickupStore(tx, cart.id, ctx.body.storeId, cart)),
  ),
);
