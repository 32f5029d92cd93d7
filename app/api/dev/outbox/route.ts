import { opsContract } from '@/lib/http/contract';
import { devOutboxEnabled } from '@/lib/env';
import { notFoundError } from '@/lib/http/errors';
import { route } from '@/lib/http/route';
import { listOutbox } from '@/lib/notifications/outbox';

/** Development only: the notification outbox (what would have been e-mailed or texted). */
export const GET = route(opsContract.devOutbox, async ({ query, db, env }) => {
  if (!devOutboxEnabled(env)) throw notFoundError('Route');
  const messages = await listOutbox(db, { to: query.to });
  return { messages: messages.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })) };
});
