import { authSecret } from '@/lib/env';
import { route } from '@/lib/http/route';
import { parseIdempotencyKey } from '@/lib/idempotency/run-idempotent';
import { webhookContract } from '@/lib/webhooks/contract';
import { createWebhook, listWebhooks } from '@/lib/webhooks/subscriptions';

/** Subscribes a URL; the secret is in this answer only (and in a retry's, with the same Idempotency-Key). */
export const POST = route(webhookContract.create, async ({ body, db, now, env, caller, request }) => {
  const webhook = await createWebhook(db, body, {
    now,
    // Production rules, unless this build is under test with its receiver on the same host.
    production: env.NODE_ENV === 'production' && env.AISLE_WEBHOOK_LOCAL_RECEIVERS !== '1',
    authSecret: authSecret(env),
    keyId: caller.key.id,
    idempotencyKey: parseIdempotencyKey(request.headers.get('idempotency-key')),
  });
  return Response.json(webhook, { status: 201 });
});

export const GET = route(webhookContract.list, async ({ db }) => ({ webhooks: await listWebhooks(db) }));
