import { route } from '@/lib/http/route';
import { requestLocale } from '@/lib/i18n/request-locale';
import { cancelOrder } from '@/lib/orders/cancel-order';
import { orderAccessQuerySchema, orderParamsSchema } from '@/lib/orders/schema';

/** The shopper cancels an order not yet ready: stock released, payment voided. Repeating it changes nothing. */
export const POST = route(
  { auth: 'shopper', params: orderParamsSchema, query: orderAccessQuerySchema },
  async ({ request, params, query, db, now, caller }) =>
    cancelOrder(
      db,
      params.id,
      { user: caller.user, token: query.token },
      { now, locale: requestLocale(request.headers) },
    ),
);
