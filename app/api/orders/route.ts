import { orderContract } from '@/lib/orders/contract';
import { route } from '@/lib/http/route';
import { listOrdersForUser } from '@/lib/orders/read-order';
import { localizeOrders } from '@/lib/orders/localize-order';
import { requestLocale } from '@/lib/i18n/request-locale';

/** The signed-in shopper's online orders and their verified phone's in-store orders, newest first. */
export const GET = route(orderContract.list, async ({ query, db, caller, request }) => ({
  orders: await localizeOrders(
    db,
    await listOrdersForUser(db, caller.user, { channel: query.channel }),
    requestLocale(request.headers),
  ),
}));
