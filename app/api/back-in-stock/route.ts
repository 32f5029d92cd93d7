import { inventoryContract } from '@/lib/inventory/contract';
import { BACK_IN_STOCK_LIMITS, requestBackInStock } from '@/lib/inventory/request-back-in-stock';
import { requestLocale } from '@/lib/i18n/request-locale';
import { clientAddress, route } from '@/lib/http/route';
import { assertWithinLimit } from '@/lib/security/assert-within-limit';

/** "Tell me when it is back at this store", by e-mail or text: a guest types where, an account may use its own. */
export const POST = route(inventoryContract.backInStock, async ({ request, body, db, now, env, caller }) => {
  // Each request may send one message to an address someone typed: not a way to mail strangers in bulk
  // (nor one stranger many times: requestBackInStock limits each e-mail address and phone as well).
  await assertWithinLimit(
    db,
    {
      key: `back-in-stock:ip:${clientAddress(request.headers, env)}`,
      limit: BACK_IN_STOCK_LIMITS.perAddress,
      windowMs: BACK_IN_STOCK_LIMITS.windowMs,
      now,
    },
    'Too many requests from here; try again later',
  );
  const locale = requestLocale(request.headers);
  return Response.json(await requestBackInStock(db, body, { user: caller.user, locale }, now), { status: 201 });
});
