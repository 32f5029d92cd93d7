import { orderContract } from '@/lib/orders/contract';
import { route } from '@/lib/http/route';
import { requestLocale } from '@/lib/i18n/request-locale';
import { cancelOrder } from '@/lib/orders/cancel-order';

/** The shopper cancels an order not yet ready: stock released, payment voided. Repeating it changes nothing. */
export const POST = route(orderContract.cancel, async ({ request, params, query, db, now, caller }) =>
  cancelOrder(
    db,
    params.id,
    { user: caller.user, token: query.token },
    { now, locale: requestLocale(request.headers) },
  ),
);
