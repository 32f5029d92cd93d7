import { route } from '@/lib/http/route';
import { webhookContract } from '@/lib/webhooks/contract';
import { listDeliveries } from '@/lib/webhooks/subscriptions';

export const GET = route(webhookContract.deliveries, async ({ params, query, db }) =>
  listDeliveries(db, params.id, query),
);
