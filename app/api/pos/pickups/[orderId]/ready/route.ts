import { markReady } from '@/lib/orders/pickup-lifecycle';
import { getOrderOrThrow } from '@/lib/orders/read-order';
import { signedPosRoute } from '@/lib/pos/route';
import { pickupParamsSchema, readyBodySchema } from '@/lib/pos/schema';

/** Store staff: the order's items for this store are picked and waiting; the shopper is told. */
export const POST = signedPosRoute(
  { params: pickupParamsSchema, body: readyBodySchema },
  async ({ params, body, db, now }) => {
    await markReady(db, params.orderId, body.storeId, now);
    return { order: await getOrderOrThrow(db, params.orderId) };
  },
);
