import { posContract } from '@/lib/pos/contract';
import { getOrderOrThrow } from '@/lib/orders/read-order';
import { recordStoreOrder } from '@/lib/pos/record-store-order';
import { signedPosRoute } from '@/lib/pos/route';

/** A till posts a sale: 201 the first time, 200 with the same order on a repeat. */
export const POST = signedPosRoute(posContract.recordSale, async ({ body, db, now }) => {
  const { orderId, created } = await recordStoreOrder(db, body, now);
  return Response.json({ order: await getOrderOrThrow(db, orderId) }, { status: created ? 201 : 200 });
});
