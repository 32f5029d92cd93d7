import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { rowsOf } from '@/lib/db/rows';
import type { StaffMatrixRow } from './types';

/** A variant on sale, and a store that takes pickups, for the endless aisle's bodies. */
async function anyVariant(db: Db): Promise<string> {
  const [row] = rowsOf(
    z.object({ id: z.string() }),
    await db.execute(sql`SELECT id FROM variants ORDER BY id LIMIT 1`),
  );
  return row!.id;
}

export const staffMatrixRows: StaffMatrixRow[] = [
  {
    operation: 'GET /api/staff/stores/{storeId}/endless-aisle',
    minRole: 'associate',
    otherStore: 404,
    request: async ({ storeId }) => ({ path: `/api/staff/stores/${storeId}/endless-aisle?q=sneaker` }),
    ok: [200],
  },
  {
    operation: 'POST /api/staff/endless-aisle',
    minRole: 'associate',
    otherStore: 404,
    request: async ({ db, storeId }) => ({
      path: '/api/staff/endless-aisle',
      body: {
        action: 'send_link',
        storeId,
        customerPhone: '010-4444-0001',
        lines: [{ variantId: await anyVariant(db), quantity: 1 }],
        fulfillment: { type: 'ship' },
      },
      headers: { 'idempotency-key': crypto.randomUUID() },
    }),
    ok: [201],
  },
];
