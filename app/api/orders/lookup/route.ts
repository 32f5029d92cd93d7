import { orderContract } from '@/lib/orders/contract';
import { clientAddress, route } from '@/lib/http/route';
import { lookUpGuestOrder } from '@/lib/orders/read-order';
import { localizeOrders } from '@/lib/orders/localize-order';
import { requestLocale } from '@/lib/i18n/request-locale';

/** A guest's order by its number and e-mail (rate-limited: the pair is the only secret). */
export const GET = route(orderContract.lookup, async ({ query, request, db, now, env }) => {
  const order = await lookUpGuestOrder(db, { ...query, clientAddress: clientAddress(request.headers, env), now });
  return (await localizeOrders(db, [order], requestLocale(request.headers)))[0]!;
});
