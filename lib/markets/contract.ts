import { operation } from '@/lib/http/operation';
import { marketQuerySchema } from './market-param';
import { marketsResponseSchema } from './schema';

export const marketsContract = {
  list: operation({
    method: 'get',
    path: '/api/markets',
    // A shopper: `current` is the caller's bag's market, so the answer is private.
    auth: 'shopper',
    summary: "The markets the shop sells in, and the caller's current one",
    tags: ['markets'],
    query: marketQuerySchema,
    responses: { 200: { description: 'The markets', schema: marketsResponseSchema } },
  }),
};
