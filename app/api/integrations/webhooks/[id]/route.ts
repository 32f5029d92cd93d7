import { route } from '@/lib/http/route';
import { webhookContract } from '@/lib/webhooks/contract';
import { deleteWebhook } from '@/lib/webhooks/subscriptions';

export const DELETE = route(webhookContract.remove, async ({ params, db }) => {
  await deleteWebhook(db, params.id);
  return { status: 'deleted' };
});
