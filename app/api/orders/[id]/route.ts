import { orderContract } from '@/lib/orders/contract';
import { route } from '@/lib/http/route';
import { getOrderForCaller } from '@/lib/orders/read-order';
import { localizeOrders } from '@/lib/orders/localize-order';
import { requestLocale } from '@/lib/i18n/request-locale';

/** One order, for its account or for the holder of its confirmation token; otherwise 404. */
export const GET = route(orderContract.read, async ({ params, query, db, caller, request }) => {
  const order = await getOrderForCaller(db, params.id, { user: caller.user, token: query.token });
  return (await localizeOrders(db, [order], requestLocale(request.headers)))[0]!;
});
