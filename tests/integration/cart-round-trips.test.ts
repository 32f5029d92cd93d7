import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cart } from '@/lib/cart/schema';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { api } from '../support/api';
import { countStatements } from '../support/count-statements';
import { DB_LABEL, useTestDb } from '../support/test-db';

/*
 * Round trips to the database per cart write, cart read and checkout: each statement is one, so
 * the counts are what a shopper waits for on PostgreSQL. Upper bounds: a change that adds a
 * statement to these paths has to say why here.
 */

const db = useTestDb();
let variants: string[];

beforeAll(async () => {
  variants = rowsOf(
    z.object({ variant_id: z.string(), n: sqlNumber }),
    await db.db.execute(sql`SELECT variant_id, on_hand - reserved AS n FROM stock_levels
      WHERE location_id = 'loc_online' AND on_hand - reserved >= 20 ORDER BY variant_id LIMIT 4`),
  ).map((r) => r.variant_id);
  expect(variants.length).toBe(4);
});

const ship = (variantId: string, quantity = 1) => ({ variantId, quantity, fulfillment: { type: 'ship' } });
const keyed = () => ({ idempotencyKey: randomUUID() });

async function measured<T>(work: () => Promise<T>, label: string) {
  const { result, count, statements } = await countStatements(db.db, work);
  console.info(`[round trips] ${DB_LABEL} ${label}: ${count}\n  ${statements.join('\n  ')}`);
  // The counter sees the driver: nothing counted would mean it saw nothing, not that nothing ran.
  expect(count).toBeGreaterThan(0);
  return { result, count, statements };
}

describe(`round trips per cart operation (${DB_LABEL})`, () => {
  it('a new guest bag, a write to it, a line changed and removed, a read, a 304 and a checkout', async () => {
    // Another shopper's bag first: the instance's catalog cache (offers, stores, delivery options)
    // is filled once per catalog change, not per request; the counts are of the steady state.
    expect((await api.guest().post('/api/cart/lines', ship(variants[2]!), keyed())).status).toBe(200);
    const shopper = api.guest();
    const first = await measured(() => shopper.post<Cart>('/api/cart/lines', ship(variants[0]!), keyed()), 'new bag');
    expect(first.result.status).toBe(200);
    expect.soft(first.count).toBeLessThanOrEqual(11);

    const second = await measured(() => shopper.post<Cart>('/api/cart/lines', ship(variants[1]!), keyed()), 'add');
    expect(second.result.status).toBe(200);
    expect.soft(second.count).toBeLessThanOrEqual(11);

    const lineId = second.result.body.lines[0]!.id;
    const patched = await measured(
      () => shopper.patch<Cart>(`/api/cart/lines/${lineId}`, { quantity: 2 }, keyed()),
      'patch line',
    );
    expect(patched.result.status).toBe(200);
    expect.soft(patched.count).toBeLessThanOrEqual(12);

    const removed = await measured(
      () => shopper.delete<Cart>(`/api/cart/lines/${lineId}`, undefined, keyed()),
      'delete',
    );
    expect(removed.result.status).toBe(200);
    expect.soft(removed.count).toBeLessThanOrEqual(10);

    const read = await measured(() => shopper.get<Cart>('/api/cart'), 'GET cart');
    expect(read.result.status).toBe(200);
    expect.soft(read.count).toBeLessThanOrEqual(3);

    const etag = read.result.headers.get('etag')!;
    const again = await measured(() => shopper.get('/api/cart', { ifNoneMatch: etag }), 'GET cart 304');
    expect(again.result.status).toBe(304);
    expect.soft(again.count).toBeLessThanOrEqual(1);

    const checkout = await measured(
      () =>
        shopper.post(
          '/api/checkout',
          {
            contact: { email: 'round-trips@example.com' },
            payment: { method: 'test_card', cardNumber: '4242 4242 4242 4242' },
            shippingAddress: { name: 'Bench', line1: '1 Test-ro', city: 'Seoul', postalCode: '04782', country: 'KR' },
          },
          keyed(),
        ),
      'checkout',
    );
    expect(checkout.result.status).toBe(201);
    expect.soft(checkout.count).toBeLessThanOrEqual(22);
    // The rows every checkout of an item waits on (its stock row, then the address's budget) are
    // taken last: from the stock's update to the commit only what must follow it, so a sale's
    // checkouts queue on them for a few statements, not for the order's whole writing.
    const stockAt = checkout.statements.findIndex((s) => /^UPDATE stock_levels/i.test(s));
    expect(stockAt).toBeGreaterThan(0);
    const held = checkout.statements.slice(stockAt + 1);
    const allowed = [/^INSERT INTO rate_limits/i, /^update "idempotency_keys"/i, /^COMMIT/i];
    expect(held.filter((s) => !allowed.some((a) => a.test(s.trim())))).toEqual([]);
    expect(held.at(-1)).toMatch(/^COMMIT/i);
  });

  it('the one-read 304 stands only while the bag, the catalog, the place and language and the time do', async () => {
    const shopper = api.guest();
    const added = await shopper.post<Cart>('/api/cart/lines', ship(variants[3]!), keyed());
    expect(added.status).toBe(200);
    // The write's answer carries the view's ETag, in its header and its body: a poll with it is a 304.
    const etag = added.headers.get('etag')!;
    expect(added.body.etag).toBe(etag);
    const polled = await shopper.get('/api/cart', { ifNoneMatch: etag });
    expect(polled.status).toBe(304);
    // What a 200 would carry: the tag, and the bag's own caching (never stored by anyone).
    expect(polled.headers.get('etag')).toBe(etag);
    expect(polled.headers.get('cache-control')).toBe('private, no-store');
    // Another language: the lines' words differ.
    expect((await shopper.get('/api/cart', { ifNoneMatch: etag, headers: { 'accept-language': 'ko' } })).status).toBe(
      200,
    );
    // A time that is up: the offers and delivery dates are worked out again.
    const [id, version, epoch, , context] = etag.slice(1, -1).split('.');
    const past = `"${id}.${version}.${epoch}.${Math.floor(Date.now() / 1000 - 1).toString(36)}.${context}"`;
    expect((await shopper.get('/api/cart', { ifNoneMatch: past })).status).toBe(200);
    // A price changed by the retailer (any statement on the catalog moves the epoch on).
    await db.db.execute(sql`UPDATE variant_prices SET amount = amount + 1000 WHERE variant_id = ${variants[3]!}`);
    const repriced = await shopper.get<Cart>('/api/cart', { ifNoneMatch: etag });
    expect(repriced.status).toBe(200);
    expect(repriced.headers.get('etag')).not.toBe(etag);
    expect((await shopper.get('/api/cart', { ifNoneMatch: repriced.headers.get('etag')! })).status).toBe(304);
    // The bag changed on another device (its version moved on).
    await db.db.execute(sql`UPDATE carts SET version = version + 1 WHERE id = ${added.body.id}`);
    expect((await shopper.get('/api/cart', { ifNoneMatch: repriced.headers.get('etag')! })).status).toBe(200);
  });
});
