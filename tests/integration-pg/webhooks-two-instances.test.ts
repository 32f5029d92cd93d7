import { createHash } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '@/lib/db/open-db';
import { inTransaction } from '@/lib/db/in-transaction';
import { webhookDeliveries } from '@/lib/db/schema';
import { DEVELOPMENT_AUTH_SECRET } from '@/lib/env';
import { emitEvent } from '@/lib/integrations/events';
import { deliverWebhooks } from '@/lib/webhooks/deliver';
import { createWebhook } from '@/lib/webhooks/subscriptions';
import { useTestDb } from '../support/test-db';
import { startWebhookReceiver, type Received } from '../support/webhook-receiver';

const db = useTestDb({ provide: false });
const opened: DbHandle[] = [];
const EVENTS = 60;

afterAll(async () => {
  await Promise.all(opened.map((h) => h.close()));
});

/** The same database through a pool of its own, as another app instance opens it. */
async function instance() {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${db.databaseName}`;
  const handle = await openDb({ kind: 'postgres', url: url.toString() });
  opened.push(handle);
  return handle.db;
}

/** Runs only on PostgreSQL (this project is included when DATABASE_URL is set). */
describe('webhook delivery from two instances on one PostgreSQL', () => {
  it('delivers every event to every webhook exactly once after dedup by webhook-id, retries included, even when a third instance dies holding a batch', async () => {
    // A receiver that refuses the first try of about one event in five: those must come again.
    const secrets = new Map<string, string>();
    const answered = new Map<string, number>();
    const respond = (r: Received) => {
      const id = String(r.headers['webhook-id']);
      const tries = (answered.get(`${r.path}|${id}`) ?? 0) + 1;
      answered.set(`${r.path}|${id}`, tries);
      const unlucky = createHash('sha256').update(id).digest()[0]! % 5 === 0;
      return unlucky && tries === 1 ? 500 : 200;
    };
    const receiver = await startWebhookReceiver({ secret: (path) => secrets.get(path) ?? '', respond });
    const hookIds: string[] = [];
    for (const name of ['erp', 'crm']) {
      const made = await createWebhook(
        db.db,
        { url: `${receiver.url}/${name}`, events: ['order.created', 'stock.low'] },
        { now: new Date(), production: false, authSecret: DEVELOPMENT_AUTH_SECRET, keyId: null },
      );
      secrets.set(`/hooks/${name}`, made.secret);
      hookIds.push(made.id);
    }
    const eventIds: string[] = [];
    for (let i = 0; i < EVENTS; i++) {
      const type = i % 2 ? 'order.created' : 'stock.low';
      eventIds.push(await inTransaction(db.db, (tx) => emitEvent(tx, { type, data: { n: i } }, new Date())));
    }

    const [a, b, c] = [await instance(), await instance(), await instance()];
    // The third instance claims a batch and dies mid-send: its requests never leave.
    let claimedByDead = 0;
    void deliverWebhooks(c, new Date(), {
      authSecret: DEVELOPMENT_AUTH_SECRET,
      fetch: () => {
        claimedByDead++;
        return new Promise<Response>(() => undefined);
      },
    });
    while (claimedByDead === 0) await new Promise((r) => setTimeout(r, 10));

    // Both live instances run a minute ahead (within the receivers' 5-minute tolerance), so the
    // dead instance's lease (60 s) has run out for them at once. Backoff at its shortest: a
    // refused first try comes again after 15 s, one the dead instance had claimed after 60 s.
    const run = async (worker: typeof a) => {
      const deadline = Date.now() + 150_000;
      while (Date.now() < deadline) {
        const { claimed } = await deliverWebhooks(worker, new Date(Date.now() + 61_000), {
          authSecret: DEVELOPMENT_AUTH_SECRET,
          random: () => 0,
        });
        if (claimed > 0) continue;
        const [left] = await worker
          .select({ n: count() })
          .from(webhookDeliveries)
          .where(eq(webhookDeliveries.status, 'pending'));
        if (Number(left?.n) === 0) return;
        await new Promise((r) => setTimeout(r, 25));
      }
      const stuck = await worker.select().from(webhookDeliveries).where(eq(webhookDeliveries.status, 'pending'));
      throw new Error(`Deliveries still pending after 150 s: ${JSON.stringify(stuck.slice(0, 3))}`);
    };
    await Promise.all([run(a), run(b)]);
    await receiver.close();

    expect(claimedByDead).toBeGreaterThan(0);
    const rows = await db.db.select().from(webhookDeliveries);
    expect(rows).toHaveLength(EVENTS * 2);
    expect(rows.every((r) => r.status === 'succeeded')).toBe(true);
    // Each verified by `standardwebhooks` with its own webhook's secret.
    expect(receiver.received.filter((r) => r.error !== null)).toEqual([]);
    for (const path of secrets.keys()) {
      const got = receiver.received.filter((r) => r.path === path);
      // Never lost: every event reached every webhook.
      expect(new Set(got.map((r) => r.headers['webhook-id']))).toEqual(new Set(eventIds));
      // Exactly once after dedup: one accepted request per webhook-id, after the one refused try
      // of an unlucky event; neither instance sent what the other had claimed.
      for (const id of eventIds) {
        const unlucky = createHash('sha256').update(id).digest()[0]! % 5 === 0;
        expect(answered.get(`${path}|${id}`), id).toBe(unlucky ? 2 : 1);
      }
    }
  });
});
