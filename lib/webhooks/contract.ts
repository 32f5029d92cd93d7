import { z } from 'zod';
import { operation } from '@/lib/http/operation';
import {
  createdWebhookSchema,
  createWebhookBodySchema,
  deliveriesQuerySchema,
  deliveryPageSchema,
  deliveryParamsSchema,
  deliverySchema,
  webhookParamsSchema,
  webhookSchema,
} from './schema';

const notFound = { description: 'No such webhook (or delivery)', schema: null };

export const webhookContract = {
  create: operation({
    method: 'post',
    path: '/api/integrations/webhooks',
    auth: 'key:webhooks:write',
    summary:
      'Subscribe a URL to events. The answer holds the signing secret (`whsec_…`), shown this once: deliveries are signed with it per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature)',
    tags: ['integrations', 'webhooks'],
    body: createWebhookBodySchema,
    headers: [
      {
        name: 'Idempotency-Key',
        description: 'A retry by the same API key with the same key answers the same webhook and secret',
      },
    ],
    responses: {
      201: { description: 'The webhook and its secret', schema: createdWebhookSchema },
      422: {
        description:
          'A URL that is not https (http only to localhost outside production), an unknown event, or an Idempotency-Key used for another request',
        schema: null,
      },
    },
  }),
  list: operation({
    method: 'get',
    path: '/api/integrations/webhooks',
    auth: 'key:webhooks:write',
    summary: "The retailer's webhooks, newest first (never their secrets); any key with webhooks:write sees them all",
    tags: ['integrations', 'webhooks'],
    responses: { 200: { description: 'Webhooks', schema: z.object({ webhooks: z.array(webhookSchema) }) } },
  }),
  remove: operation({
    method: 'delete',
    path: '/api/integrations/webhooks/{id}',
    auth: 'key:webhooks:write',
    summary: 'Delete a webhook: nothing more is sent to it, and its delivery log goes with it',
    tags: ['integrations', 'webhooks'],
    params: webhookParamsSchema,
    responses: {
      200: { description: 'Deleted', schema: z.object({ status: z.literal('deleted') }) },
      404: notFound,
    },
  }),
  deliveries: operation({
    method: 'get',
    path: '/api/integrations/webhooks/{id}/deliveries',
    auth: 'key:webhooks:write',
    summary:
      "A webhook's delivery log, newest first: each event's status (pending, succeeded, failed), tries, last status code and error, and next try",
    tags: ['integrations', 'webhooks'],
    params: webhookParamsSchema,
    query: deliveriesQuerySchema,
    responses: { 200: { description: 'A page of the log', schema: deliveryPageSchema }, 404: notFound },
  }),
  resend: operation({
    method: 'post',
    path: '/api/integrations/webhooks/{id}/deliveries/{deliveryId}/resend',
    auth: 'key:webhooks:write',
    summary:
      'Send a delivery again, whatever became of it: due now, with a fresh round of tries and the same webhook-id (a receiver that has it drops the repeat)',
    tags: ['integrations', 'webhooks'],
    params: deliveryParamsSchema,
    responses: { 202: { description: 'The delivery, pending', schema: deliverySchema }, 404: notFound },
  }),
};
