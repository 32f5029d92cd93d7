import { z } from 'zod';
import { operation } from '@/lib/http/operation';
import { adminOfferSchema, offerIdParamsSchema, offerInputSchema, offerPatchSchema } from './admin-schema';

const oneOffer = z.object({ offer: adminOfferSchema });
const refused = {
  401: { description: 'No staff session', schema: null },
  403: { description: 'Not an admin (offers are the admin role’s)', schema: null },
};
const invalid = {
  422: {
    description:
      'invalid_request with `fields` naming each bad one (dot paths, e.g. `target.storeId`): the schema’s rules, an unknown store or category, a code another offer has, a usage limit below the uses made',
    schema: null,
  },
};

/** The offers console (SPEC 3.9): admins list, create, edit and end the offers the shop and the till apply. */
export const offersAdminContract = {
  list: operation({
    method: 'get',
    path: '/api/staff/offers',
    auth: 'staff:admin',
    summary: 'Every offer with its status (scheduled, active, ended) and its uses so far, newest first',
    tags: ['staff', 'offers'],
    responses: { ...refused, 200: { description: 'Offers', schema: z.object({ offers: z.array(adminOfferSchema) }) } },
  }),
  create: operation({
    method: 'post',
    path: '/api/staff/offers',
    auth: 'staff:admin',
    summary: 'Create an offer with every field of SPEC 3.4; audited',
    tags: ['staff', 'offers'],
    body: offerInputSchema,
    headers: [
      {
        name: 'Idempotency-Key',
        description: 'Makes a retry return the first result and create nothing more (kept 24 h)',
      },
    ],
    responses: { ...refused, ...invalid, 201: { description: 'Created', schema: oneOffer } },
  }),
  get: operation({
    method: 'get',
    path: '/api/staff/offers/{id}',
    auth: 'staff:admin',
    summary: 'One offer with its uses so far',
    tags: ['staff', 'offers'],
    params: offerIdParamsSchema,
    responses: {
      ...refused,
      200: { description: 'The offer', schema: oneOffer },
      404: { description: 'No such offer', schema: null },
    },
  }),
  update: operation({
    method: 'patch',
    path: '/api/staff/offers/{id}',
    auth: 'staff:admin',
    summary:
      'Edit an offer: the fields given replace the stored ones, and the result is checked whole; audited with before and after',
    tags: ['staff', 'offers'],
    params: offerIdParamsSchema,
    body: offerPatchSchema,
    responses: {
      ...refused,
      ...invalid,
      200: { description: 'The offer as now stored', schema: oneOffer },
      404: { description: 'No such offer', schema: null },
    },
  }),
  end: operation({
    method: 'post',
    path: '/api/staff/offers/{id}/end',
    auth: 'staff:admin',
    summary: 'End an offer now (a scheduled one never starts); ending an ended offer changes nothing; audited',
    tags: ['staff', 'offers'],
    params: offerIdParamsSchema,
    responses: {
      ...refused,
      200: { description: 'The offer, ended', schema: oneOffer },
      404: { description: 'No such offer', schema: null },
    },
  }),
};
