import { mutateCallerCart } from '@/lib/cart/http';
import { setPickupStore } from '@/lib/cart/mutate-cart';
import { pickupStoreBodySchema } from '@/lib/cart/schema';
import { getDb } from '@/lib/db';
import { route } from '@/lib/http/route';

export const PUT = route({ body: pickupStoreBodySchema }, async ({ request, body }) => {
  const db = await getDb();
  return mutateCallerCart(db, request, body, (tx, cartId, opts) => setPickupStore(tx, cartId, body.storeId, opts));
});
