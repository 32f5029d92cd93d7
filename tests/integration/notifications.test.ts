import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '@/lib/db/schema';
import { enqueueMessages, listOutbox } from '@/lib/notifications/outbox';
import { deliverPending, type Deliverable } from '@/lib/notifications/senders';
import { createTestDb, type TestDb } from '../support/test-db';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb({ seed: false });
});
afterAll(async () => {
  await db.drop();
});

describe('notification outbox', () => {
  it('keeps messages until a sender for their channel delivers them, once', async () => {
    const now = new Date();
    await enqueueMessages(
      db.db,
      [
        { channel: 'email', to: 'a@example.com', subject: 'Hi', body: 'Hello', kind: 'test' },
        { channel: 'sms', to: '+821012345678', body: 'Hello', kind: 'test' },
      ],
      now,
    );
    const delivered: Deliverable[] = [];
    const emailOnly = [{ channel: 'email' as const, send: async (m: Deliverable) => void delivered.push(m) }];
    expect(await deliverPending(db.db, emailOnly, now)).toBe(1);
    expect(await deliverPending(db.db, emailOnly, now)).toBe(0);
    expect(delivered.map((m) => m.to)).toEqual(['a@example.com']);
    const rows = await db.db.select().from(outbox);
    expect(rows.find((r) => r.channel === 'sms')?.sentAt).toBeNull();
    expect((await listOutbox(db.db, { to: '+821012345678' })).map((m) => m.body)).toEqual(['Hello']);
  });
});
