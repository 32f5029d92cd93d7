import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { inTransaction } from '@/lib/db/in-transaction';
import { integrationEvents } from '@/lib/db/schema';
import { emitEvent } from '@/lib/integrations/events';
import { useTestDb } from '../support/test-db';

const db = useTestDb({ seed: false });

describe('events for integrations', () => {
  it('exist exactly when the transaction that caused them commits', async () => {
    const now = new Date();
    const kept = await inTransaction(db.db, (tx) =>
      emitEvent(tx, { type: 'stock.low', data: { sku: 'KEPT', available: 1 } }, now),
    );
    await expect(
      inTransaction(db.db, async (tx) => {
        await emitEvent(tx, { type: 'stock.low', data: { sku: 'ROLLED-BACK', available: 0 } }, now);
        throw new Error('the cause failed');
      }),
    ).rejects.toThrow('the cause failed');
    const rows = await db.db.select().from(integrationEvents);
    expect(rows.map((r) => r.data)).toEqual([{ sku: 'KEPT', available: 1 }]);
    const [row] = await db.db.select().from(integrationEvents).where(eq(integrationEvents.id, kept));
    expect(row).toMatchObject({ type: 'stock.low', createdAt: now });
    expect(kept).toMatch(/^evt_/);
  });
});
