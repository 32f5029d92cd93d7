import { posContract } from '@/lib/pos/contract';
import { markCollected } from '@/lib/orders/pickup-lifecycle';
import { getOrderOrThrow } from '@/lib/orders/read-order';
import { signedPosRoute } from '@/lib/pos/route';
import { assertTillMayHandlePickup } from '@/lib/pos/till-access';

/** Store staff: the shopper showed the pickup code and took the items. */
export const POST = signedPosRoute(posContract.pickupCollected, async ({ params, body, db, now, till }) => {
  await assertTillMayHandlePickup(db, till, params.orderId);
  await markCollected(db, params.orderId, body.storeId, body.code, now);
  return { order: await getOrderOrThrow(db, params.orderId) };
});
