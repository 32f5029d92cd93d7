import { route } from '@/lib/http/route';
import { webhookContract } from '@/lib/webhooks/contract';
import { resendDelivery } from '@/lib/webhooks/subscriptions';

/** Due now again, same webhook-id; the delivery worker sends it on its next pass. */
export const POST = route(webhookContract.resend, async ({ params, db, now }) =>
  Response.json(await resendDelivery(db, params.id, params.deliveryId, now), { status: 202 }),
);
