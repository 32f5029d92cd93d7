import { applyCookie, callerFrom, cartContextFrom } from '@/lib/cart/http';
import { ensureCallerCart } from '@/lib/cart/service';
import { getDb } from '@/lib/db';
import { readEnv } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import { route } from '@/lib/http/route';
import { parseIdempotencyKey, requestFingerprint, runIdempotent } from '@/lib/idempotency/run-idempotent';
import { placeOrder } from '@/lib/orders/place-order';
import { getOrderForCaller } from '@/lib/orders/read-order';
import { checkoutBodySchema } from '@/lib/orders/schema';

/** Places the caller's bag as an order. A retry with the same Idempotency-Key returns the same order. */
export const POST = route({ body: checkoutBodySchema }, async ({ request, body }) => {
  const db = await getDb();
  const now = new Date();
  const key = parseIdempotencyKey(request.headers.get('idempotency-key'));
  if (!key) {
    throw new AppError('precondition_required', 'Send an Idempotency-Key header with a checkout', {
      'Idempotency-Key': ['Required'],
    });
  }
  const caller = await callerFrom(db, request);
  const { cartId, scope, cookie } = await ensureCallerCart(db, caller, now);
  const userId = caller.user?.id ?? null;
  const result = await runIdempotent(
    db,
    { scope: `checkout:${scope}`, key, fingerprint: requestFingerprint('POST', '/api/checkout', body), now },
    async () => {
      const holdMs = readEnv().AISLE_PICKUP_HOLD_HOURS * 3_600_000;
      const { orderId, accessToken } = await placeOrder(db, {
        cartId,
        userId,
        body,
        now,
        holdMs,
        context: cartContextFrom(request),
      });
      const order = await getOrderForCaller(db, orderId, { user: caller.user, token: accessToken });
      return { status: 201, body: { order, accessToken } };
    },
  );
  return applyCookie(Response.json(result.body, { status: result.status }), cookie);
});
