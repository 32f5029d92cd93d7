import { mutateCallerCart } from '@/lib/cart/http';
import { limitOfferCodeGuesses, setOfferCode } from '@/lib/cart/offer-code';
import { getDb } from '@/lib/db';
import { clientAddress, route } from '@/lib/http/route';
import { offerCodeBodySchema } from '@/lib/offers/schema';

/** Enters an offer code; the cart's `offerCode.status` says whether it applies here and now. */
export const POST = route({ body: offerCodeBodySchema }, async ({ request, body }) => {
  const db = await getDb();
  await limitOfferCodeGuesses(db, clientAddress(request), new Date());
  return mutateCallerCart(db, request, body, (tx, cartId, opts) => setOfferCode(tx, cartId, body.code, opts));
});

/** Takes the offer code off the cart. */
export const DELETE = route({}, async ({ request }) => {
  const db = await getDb();
  return mutateCallerCart(db, request, null, (tx, cartId, opts) => setOfferCode(tx, cartId, null, opts));
});
