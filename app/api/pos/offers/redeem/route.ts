import { redeemAtTill } from '@/lib/offers/redeem-at-till';
import { posRedeemBodySchema } from '@/lib/offers/schema';
import { signedPosRoute } from '@/lib/pos/route';

/** A till redeems an offer code: 201 the first time, 200 with the same redemption on a repeat. */
export const POST = signedPosRoute({ body: posRedeemBodySchema }, async ({ body, db, now }) => {
  const { redemption, created } = await redeemAtTill(db, body, now);
  return Response.json({ redemption }, { status: created ? 201 : 200 });
});
