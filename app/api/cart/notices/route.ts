import { mutateCallerCart } from '@/lib/cart/http';
import { clearNotices } from '@/lib/cart/mutate-cart';
import { getDb } from '@/lib/db';
import { route } from '@/lib/http/route';

/** Dismisses the cart's notices (on every device). */
export const DELETE = route({}, async ({ request }) => {
  const db = await getDb();
  return mutateCallerCart(db, request, {}, (tx, cartId, opts) => clearNotices(tx, cartId, opts));
});
