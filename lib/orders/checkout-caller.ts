import 'server-only';
import { applyCookie, callerFrom, cartContextFrom } from '@/lib/cart/http';
import { ensureCallerCart, onCallerCart } from '@/lib/cart/service';
import type { Db } from '@/lib/db';
import { readEnv } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import { clientAddress } from '@/lib/http/route';
import {
  idempotencyKeyKnown,
  parseIdempotencyKey,
  requestFingerprint,
  runIdempotent,
} from '@/lib/idempotency/run-idempotent';
import { limitCheckout } from './checkout-limits';
import { placeOrder } from './place-order';
import { getOrderForCaller } from './read-order';
import type { CheckoutBody } from './schema';

/**
 * Checkout for the request's caller: requires an Idempotency-Key, counts the attempt against
 * the checkout limits (a retry of a known key is not a new attempt), places the bag and its
 * stored answer in one transaction, and answers with the order (and any cookie change).
 */
export async function checkoutForCaller(db: Db, request: Request, body: CheckoutBody): Promise<Response> {
  const now = new Date();
  const key = parseIdempotencyKey(request.headers.get('idempotency-key'));
  if (!key) {
    throw new AppError('precondition_required', 'Send an Idempotency-Key header with a checkout', {
      'Idempotency-Key': ['Required'],
    });
  }
  const caller = await callerFrom(db, request);
  const ensured = await ensureCallerCart(db, caller, now);
  const { cartId, scope } = ensured;
  const userId = caller.user?.id ?? null;
  const { result, cookie } = await onCallerCart(db, ensured, async (forgetRefusal) => {
    // A retry of a checkout already seen (its answer lost, or still running) is not a new attempt.
    if (!(await idempotencyKeyKnown(db, `checkout:${scope}`, key))) {
      await limitCheckout(db, { scope, address: clientAddress(request), now });
    }
    return runIdempotent(
      db,
      {
        scope: `checkout:${scope}`,
        key,
        fingerprint: requestFingerprint('POST', '/api/checkout', body),
        now,
        forgetRefusal,
      },
      async (tx) => {
        const env = readEnv();
        const { orderId, accessToken } = await placeOrder(tx, {
          cartId,
          userId,
          body,
          now,
          holdMs: env.AISLE_PICKUP_HOLD_HOURS * 3_600_000,
          address: clientAddress(request),
          holdUnitsPerAddress: env.AISLE_HOLD_UNITS_PER_ADDRESS,
          context: cartContextFrom(request),
        });
        const order = await getOrderForCaller(tx, orderId, { user: caller.user, token: accessToken });
        return { status: 201, body: { order, accessToken } };
      },
    );
  });
  return applyCookie(Response.json(result.body, { status: result.status }), cookie);
}
