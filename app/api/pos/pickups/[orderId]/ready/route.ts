import { posContract } from '@/lib/pos/contract';
import { markReady } from '@/lib/orders/pickup-lifecycle';
import { getOrderOrThrow } from '@/lib/orders/read-order';
import { signedPosRoute } from '@/lib/pos/route';
import { assertTillMayHandlePickup } from '@/lib/pos/till-access';

/** Store staff: the order's items for this store are picked and waiting; the shopper is told. */
export const POST = signedPosRoute(posContract.pickupReady, async ({ params, body, db, now, till }) => {
  await assertTillMayHandlePickup(db, till, params.orderId);
  await markReady(db, params.orderId, body.storeId, now);
  return { order: await getOrderOrThrow(db, params.orderId) };
});
