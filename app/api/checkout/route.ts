import { getDb } from '@/lib/db';
import { route } from '@/lib/http/route';
import { checkoutForCaller } from '@/lib/orders/checkout-caller';
import { checkoutBodySchema } from '@/lib/orders/schema';

/** Places the caller's bag as an order. A retry with the same Idempotency-Key returns the same order. */
export const POST = route({ body: checkoutBodySchema }, async ({ request, body }) =>
  checkoutForCaller(await getDb(), request, body),
);
