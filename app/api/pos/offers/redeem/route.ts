import { getDb } from '@/lib/db';
import { redeemAtTill } from '@/lib/offers/redeem-at-till';
import { posRedeemBodySchema } from '@/lib/offers/schema';
import { signedPosRoute } from '@/lib/pos/route';

/** A till redeems an offer code: 201 the first time, 200 with the same redemption on a repeat. */
export const POST = signedPosRoute({ body: posRedeemBodySchema }, async ({ body }) => {
  const { redemption, created } = await redeemAtTill(await getDb(), body, new Date());
  return Response.json({ redemption }, { status: created ? 201 : 200 });
});
