import { addOrderToCart } from '@/lib/cart/buy-again';
import { callerFrom, mutateCallerCart } from '@/lib/cart/http';
import { getDb } from '@/lib/db';
import { route } from '@/lib/http/route';
import { getOrderForCaller } from '@/lib/orders/read-order';
import { orderAccessQuerySchema, orderParamsSchema } from '@/lib/orders/schema';

/**
 * Puts a past order's still-available items in the caller's cart; the cart's notices say what
 * was added and what is not available. Only someone who may see the order may reorder it.
 */
export const POST = route(
  { params: orderParamsSchema, query: orderAccessQuerySchema },
  async ({ request, params, query }) => {
    const db = await getDb();
    const { user } = await callerFrom(db, request);
    const order = await getOrderForCaller(db, params.id, { user, token: query.token });
    return mutateCallerCart(db, request, { orderId: order.id }, (tx, cartId, opts) =>
      addOrderToCart(tx, cartId, order, opts),
    );
  },
);
