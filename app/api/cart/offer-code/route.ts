import { offerContract } from '@/lib/offers/contract';
import { withCallerCart } from '@/lib/cart/caller-cart';
import { limitOfferCodeGuesses, setOfferCode } from '@/lib/cart/offer-code';
import { clientAddress, route } from '@/lib/http/route';

/** Enters an offer code; the cart's `offerCode.status` says whether it applies here and now. */
export const POST = route(offerContract.enterCode, async (ctx) => {
  await limitOfferCodeGuesses(ctx.db, clientAddress(ctx.request.headers, ctx.env), ctx.now);
  return withCallerCart(ctx, {}, async (tx, cart) =>
    cart.answer(tx, await setOfferCode(tx, cart.id, ctx.body.code, cart)),
  );
});

/** Takes the offer code off the cart. */
export const DELETE = route(offerContract.removeCode, async (ctx) =>
  withCallerCart(ctx, {}, async (tx, cart) => cart.answer(tx, await setOfferCode(tx, cart.id, null, cart))),
);
