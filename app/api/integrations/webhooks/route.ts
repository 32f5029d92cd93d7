import { authSecret } from '@/lib/env';
import { route } from '@/lib/http/route';
import { webhookContract } from '@/lib/webhooks/contract';
import { createWebhook, listWebhooks } from '@/lib/webhooks/subscriptions';

/** Subscribes a URL; the secret is in this answer only. */
export const POST = route(webhookContract.create, async ({ body, db, now, env, caller }) => {
  const webhook = await createWebhook(db, body, {
    now,
    production: env.NODE_ENV === 'production',
    authSecret: authSecret(env),
    keyId: caller.key.id,
  });
  return Response.json(webhook, { status: 201 });
});

export const GET = route(webhookContract.list, async ({ db }) => ({ webhooks: await listWebhooks(db) }));
