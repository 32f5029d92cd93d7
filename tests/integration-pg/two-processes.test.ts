import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { orders, reservations } from '@/lib/db/schema';
import { guestCartWith, pickStoreVariant, setStock, stockAt } from '../support/checkout-fixtures';
import { useTestDb } from '../support/test-db';

const run = promisify(execFile);
const db = useTestDb({ provide: false });

/** Runs only on PostgreSQL (this project is included when DATABASE_URL is set). */
describe('two app processes on one PostgreSQL', () => {
  it('still sell the last 5 units exactly 5 times to 50 concurrent checkouts', async () => {
    const item = await pickStoreVariant(db.db, 1);
    await setStock(db.db, item.locationId, item.variantId, 5);
    const cartIds: string[] = [];
    for (let i = 0; i < 50; i++) cartIds.push((await guestCartWith(db.db, item)).cartId);
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${db.databaseName}`;
    const worker = (ids: string[]) =>
      run('npx', ['tsx', '--conditions=react-server', 'tests/support/checkout-worker.ts'], {
        env: { ...process.env, WORKER_DATABASE_URL: url.toString(), WORKER_CART_IDS: ids.join(',') },
        timeout: 120_000,
      }).then(({ stdout }) => JSON.parse(stdout.trim().split('\n').pop()!) as { placed: number; refused: number });
    const [a, b] = await Promise.all([worker(cartIds.slice(0, 25)), worker(cartIds.slice(25))]);
    expect(a.placed + b.placed).toBe(5);
    expect(a.refused + b.refused).toBe(45);
    const stock = await stockAt(db.db, item.locationId, item.variantId);
    expect(stock).toMatchObject({ onHand: 5, reserved: 5 });
    // Online orders only: the seed holds past in-store sales too.
    const placed = await db.db.select({ n: count() }).from(orders).where(eq(orders.channel, 'online'));
    const held = await db.db
      .select({ n: count() })
      .from(reservations)
      .where(eq(reservations.variantId, item.variantId));
    expect(Number(held[0]?.n)).toBe(5);
    expect(Number(placed[0]?.n)).toBe(5);
  });
});
