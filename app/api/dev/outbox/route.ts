import { getDb } from '@/lib/db';
import { devOutboxEnabled, readEnv } from '@/lib/env';
import { notFoundError } from '@/lib/http/errors';
import { route } from '@/lib/http/route';
import { listOutbox } from '@/lib/notifications/outbox';
import { outboxQuerySchema } from '@/lib/notifications/schema';

/** Development only: the notification outbox (what would have been e-mailed or texted). */
export const GET = route({ query: outboxQuerySchema }, async ({ query }) => {
  if (!devOutboxEnabled(readEnv())) throw notFoundError('Route');
  const messages = await listOutbox(await getDb(), { to: query.to });
  return { messages: messages.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })) };
});
