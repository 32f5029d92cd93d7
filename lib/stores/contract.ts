import type { z } from 'zod';
import { operation } from '@/lib/http/operation';
import { storeCodeParamsSchema, storeUpsertBodySchema, storeUpsertResultSchema } from './upsert-schema';

export const storesContract = {
  upsertStore: operation({
    method: 'put',
    path: '/api/integrations/stores/{code}',
    auth: 'key:stores:write',
    summary:
      "The retailer's systems create or update a store by its code: name and address (with translations), coordinates, weekly hours in its IANA time zone, country, and whether it takes pickup orders. The same body again is `unchanged` and writes nothing; `pickup: false` takes the store out of every pickup choice while its open holds run their course",
    tags: ['integrations'],
    params: storeCodeParamsSchema,
    body: storeUpsertBodySchema,
    responses: {
      201: { description: 'created: the store and its stock location', schema: storeUpsertResultSchema },
      200: { description: 'updated, or unchanged (nothing written)', schema: storeUpsertResultSchema },
      422: { description: 'invalid_request naming the field (coordinates, hours, time zone, country…)', schema: null },
    },
  }),
};

export type StoreUpsertResult = z.infer<typeof storeUpsertResultSchema>;
