import { mutateCallerCart } from '@/lib/cart/http';
import { addLine } from '@/lib/cart/mutate-cart';
import { addLineBodySchema } from '@/lib/cart/schema';
import { getDb } from '@/lib/db';
import { route } from '@/lib/http/route';

export const POST = route({ body: addLineBodySchema }, async ({ request, body }) => {
  const db = await getDb();
  return mutateCallerCart(db, request, body, (tx, cartId, opts) => addLine(tx, cartId, body, opts));
});
