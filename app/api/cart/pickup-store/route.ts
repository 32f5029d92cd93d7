import { cartContract } from '@/lib/cart/contract';
import { withCallerCart } from '@/lib/cart/caller-cart';
import { setPickupStore } from '@/lib/cart/mutate-cart';
import { route } from '@/lib/http/route';

export const PUT = route(cartContract.setPickupStore, async (ctx) =>
  withCallerCart(ctx, {}, async (tx, cart) =>
    cart.answer(tx, await setPickupStore(tx, cart.id, ctx.body.storeId, cart)),
  ),
);
