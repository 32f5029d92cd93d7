import { posContract } from '@/lib/pos/contract';
import { markCollected } from '@/lib/orders/pickup-lifecycle';
import { getOrderOrThrow } from '@/lib/orders/read-order';
import { signedPosRoute } from '@/lib/pos/route';

/** Store staff: the shopper showed the pickup code and took the items. */
export const POST = signedPosRoute(posContract.pickupCollected, async ({ params, body, db, now }) => {
  await markCollected(db, params.orderId, body.storeId, body.code, now);
  return { order: await getOrderOrThrow(db, params.orderId) };
});
