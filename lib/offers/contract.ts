import { z } from 'zod';
import { cartSchema } from '@/lib/cart/schema';
import { cartWriteHeaders } from '@/lib/cart/contract';
import { operation } from '@/lib/http/operation';
import { posHeaders, tillForbidden } from '@/lib/pos/contract';
import { offerCodeBodySchema, offerSchema, offersQuerySchema, posRedeemBodySchema } from './schema';

const redemptionSchema = z.object({
  redemption: z.object({
    id: z.string(),
    offerId: z.string(),
    code: z.string(),
    title: z.string(),
    storeId: z.string(),
    externalId: z.string(),
    discount: z.object({ amount: z.number().int(), currency: z.string() }),
  }),
});

export const offerContract = {
  list: operation({
    method: 'get',
    path: '/api/offers',
    auth: 'shopper',
    summary:
      'Offers of the market (`?market=`, else the request’s market) that apply where the shopper is (position, else storeId, else the CDN region header), each with its reason',
    tags: ['offers'],
    query: offersQuerySchema,
    responses: {
      200: { description: 'Offers, nearest reason first', schema: z.object({ offers: z.array(offerSchema) }) },
    },
  }),
  enterCode: operation({
    method: 'post',
    path: '/api/cart/offer-code',
    auth: 'shopper',
    summary: "Enter an offer code on the caller's cart; `offerCode.status` says whether it applies here and now",
    tags: ['cart', 'offers'],
    body: offerCodeBodySchema,
    headers: [
      ...cartWriteHeaders,
      { name: 'X-Aisle-Location', description: '`lat,lng` the shopper allowed, for near-store offers; never stored' },
    ],
    responses: {
      200: { description: 'The cart, re-priced', schema: cartSchema },
      422: {
        description: 'offer_code_unknown; offer_code_other_market: the code is an offer of another market than the bag’s',
        schema: null,
      },
      429: { description: 'Too many codes tried from this address', schema: null },
    },
  }),
  removeCode: operation({
    method: 'delete',
    path: '/api/cart/offer-code',
    auth: 'shopper',
    summary: "Take the offer code off the caller's cart",
    tags: ['cart', 'offers'],
    headers: cartWriteHeaders,
    responses: { 200: { description: 'The cart, re-priced', schema: cartSchema } },
  }),
  redeemAtTill: operation({
    method: 'post',
    path: '/api/pos/offers/redeem',
    auth: 'till',
    summary:
      'A till redeems an offer code for a sale (HMAC-signed): checked for the store, channel, dates, subtotal and limits; one code per sale, idempotent on (storeId, externalId)',
    tags: ['store', 'offers'],
    body: posRedeemBodySchema,
    headers: posHeaders,
    responses: {
      ...tillForbidden,
      201: { description: 'Redeemed', schema: redemptionSchema },
      200: { description: 'Already redeemed by this sale: the same redemption', schema: redemptionSchema },
      409: {
        description:
          'external_id_conflict: the same sale with other content; sale_has_offer_code: the sale already took another code',
        schema: null,
      },
      422: {
        description:
          'offer_code_unknown; offer_code_other_market: the offer is not of the store’s market; offer_not_applicable with `why` (`audience` for a first-order code without a phone, or a phone with earlier orders); invalid_request naming `phone`',
        schema: null,
      },
    },
  }),
};
