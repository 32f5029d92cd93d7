import { cartResponses } from '@/lib/cart/contract';
import { operation } from '@/lib/http/operation';
import {
  aisleSearchQuerySchema,
  aisleSearchSchema,
  aisleStoreParamsSchema,
  claimHandoffBodySchema,
  endlessAisleBodySchema,
  endlessAisleResultSchema,
} from './schema';

export const endlessAisleContract = {
  search: operation({
    method: 'get',
    path: '/api/staff/stores/{storeId}/endless-aisle',
    auth: 'staff:associate',
    summary:
      'Endless aisle: search the whole catalog (the shop’s search) with every variant’s available stock at every location, this store first',
    tags: ['staff'],
    params: aisleStoreParamsSchema,
    query: aisleSearchQuerySchema,
    responses: {
      200: { description: 'Products, variants and stock per location', schema: aisleSearchSchema },
      404: { description: 'Not one of the caller’s stores', schema: null },
    },
  }),
  create: operation({
    method: 'post',
    path: '/api/staff/endless-aisle',
    auth: 'staff:associate',
    summary:
      'Endless aisle: send the bag built at the counter to the customer’s phone (a one-time link that opens it in their own bag), or place it as an order for pickup at a store or delivery from the warehouse (channel store, source endless_aisle, the store and associate recorded); Idempotency-Key required',
    tags: ['staff', 'orders'],
    body: endlessAisleBodySchema,
    headers: [{ name: 'Idempotency-Key', description: 'A retry returns the first result', required: true }],
    responses: {
      201: { description: 'The link sent (send_link) or the order (place_order)', schema: endlessAisleResultSchema },
      404: { description: 'Not one of the caller’s stores', schema: null },
      409: { description: 'insufficient_stock, reservation_limit or pickup_unavailable, as at checkout', schema: null },
      428: { description: 'No Idempotency-Key', schema: null },
    },
  }),
  claim: operation({
    method: 'post',
    path: '/api/cart/handoffs',
    auth: 'shopper',
    summary:
      'Open a bag a store sent by text message: its items join the caller’s own bag (notices say what was added, cut or unavailable) and the order placed from it is credited to the store',
    tags: ['cart'],
    body: claimHandoffBodySchema,
    headers: [{ name: 'Idempotency-Key', description: 'A retry returns the first result' }],
    responses: {
      ...cartResponses,
      410: { description: 'handoff_gone: the link was used, has expired or never existed', schema: null },
    },
  }),
};
