import { offerContract } from '@/lib/offers/contract';
import { redeemAtTill } from '@/lib/offers/redeem-at-till';
import { signedPosRoute } from '@/lib/pos/route';

/** A till redeems an offer code: 201 the first time, 200 with the same redemption on a repeat. */
export const POST = signedPosRoute(offerContract.redeemAtTill, async ({ body, db, now }) => {
  const { redemption, created } = await redeemAtTill(db, body, now);
  return Response.json({ redemption }, { status: created ? 201 : 200 });
});
