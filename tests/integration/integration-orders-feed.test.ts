import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { orders } from '@/lib/db/schema';
import type { FeedOrder, OrderFeed } from '@/lib/orders/feed-schema';
import type { Order } from '@/lib/orders/schema';
import { makeUser } from '../support/accounts';
import { api } from '../support/api';
import { keyWith } from '../support/api-keys';
import { guestCartWith, pickStoreVariant, pickupCheckout, setStock, tillSale } from '../support/checkout-fixtures';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
let erp: ReturnType<typeof api.key>;
let item: Awaited<ReturnType<typeof pickStoreVariant>>;

const page = (since: string | undefined, limit = 100) =>
  erp.get<OrderFeed>(
    `/api/integrations/orders?${new URLSearchParams({ ...(since ? { since } : {}), limit: String(limit) })}`,
  );

/** Every page from `since` until the feed has no more; retried briefly for `atLeast` (another database's open transaction may hold the feed back a moment). */
async function readFrom(since: string | undefined, atLeast = 0, limit = 100) {
  const seen: FeedOrder[] = [];
  let cursor = since;
  for (let attempt = 0; attempt < 50; attempt++) {
    for (;;) {
      const answer = await page(cursor, limit);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      seen.push(...answer.body.orders);
      cursor = answer.body.nextCursor;
      if (!answer.body.hasMore) break;
    }
    if (seen.length >= atLeast) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { orders: seen, cursor: cursor! };
}

let n = 0;
async function pickupOrder(): Promise<Order> {
  const bag = await guestCartWith(db.db, item, 1);
  const placed = await api
    .guest({ 'aisle-cart': bag.token })
    .post<{ order: Order }>('/api/checkout', pickupCheckout, { idempotencyKey: `feed-${++n}` });
  expect(placed.status, JSON.stringify(placed.body)).toBe(201);
  return placed.body.order;
}

beforeAll(async () => {
  erp = api.key(await keyWith(db, ['orders:read']));
  item = await pickStoreVariant(db.db, 5);
  await setStock(db.db, item.locationId, item.variantId, 40);
});

describe(`GET /api/integrations/orders (${DB_LABEL})`, () => {
  let cursor: string;

  it('pages through every order of every channel once, by cursor', async () => {
    await pickupOrder();
    const count = Number((await db.db.select({ n: sql<number>`count(*)` }).from(orders))[0]!.n);
    expect(count).toBeGreaterThan(3);
    const all = await readFrom(undefined, count, 3);
    const ids = all.orders.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(count);
    expect(new Set(all.orders.map((o) => o.channel))).toEqual(new Set(['online', 'store']));
    cursor = all.cursor;
    // Nothing new: an empty page, and the same cursor to keep polling with.
    const idle = await page(cursor);
    expect(idle.body).toEqual({ orders: [], nextCursor: cursor, hasMore: false });
  });

  it('brings each new order once, POS sales too, with what an ERP fulfils and no contact details', async () => {
    const online = await pickupOrder();
    const sale = await api
      .till()
      .post<{ order: Order }>(
        '/api/pos/orders',
        tillSale({ externalId: 'feed-sale-1', storeId: item.storeId, sku: item.sku, phone: '010-4444-5555' }),
      );
    expect(sale.status).toBe(201);
    const next = await readFrom(cursor, 2);
    expect(next.orders.map((o) => o.id)).toEqual([online.id, sale.body.order.id]);
    const [feedOnline, feedSale] = next.orders as [FeedOrder, FeedOrder];
    expect(feedOnline).toMatchObject({
      number: online.number,
      channel: 'online',
      storeId: null,
      status: 'placed',
      total: online.total,
      lines: [{ sku: item.sku, quantity: 1, unitPrice: online.lines[0]!.unitPrice, fulfillment: 'pickup' }],
      pickups: [{ storeId: item.storeId, status: 'reserved', readyAt: null }],
      delivery: null,
    });
    expect(feedSale).toMatchObject({ channel: 'store', storeId: item.storeId, status: 'collected' });
    const text = JSON.stringify(next.orders);
    for (const secret of [pickupCheckout.contact.email, '2345-6789', '4444', online.pickup!.code]) {
      expect(text).not.toContain(secret);
    }
    cursor = next.cursor;
    expect((await page(cursor)).body.orders).toEqual([]);
  });

  it('brings an order again after each change of status, once per change', async () => {
    const order = await pickupOrder();
    const placed = await readFrom(cursor, 1);
    expect(placed.orders.map((o) => [o.id, o.status])).toEqual([[order.id, 'placed']]);

    const path = `/api/pos/pickups/${order.id}`;
    expect((await api.till().post(`${path}/ready`, { storeId: item.storeId })).status).toBe(200);
    const ready = await readFrom(placed.cursor, 1);
    expect(ready.orders.map((o) => [o.id, o.status, o.pickups[0]?.status])).toEqual([[order.id, 'ready', 'ready']]);
    expect(ready.orders[0]!.updatedAt >= placed.orders[0]!.updatedAt).toBe(true);

    const code = order.pickup!.code;
    expect((await api.till().post(`${path}/collected`, { storeId: item.storeId, code })).status).toBe(200);
    const collected = await readFrom(ready.cursor, 1);
    expect(collected.orders.map((o) => [o.id, o.status])).toEqual([[order.id, 'collected']]);
    // A repeat that changes nothing (collected twice) brings nothing new... the till's repeat writes nothing.
    expect((await api.till().post(`${path}/collected`, { storeId: item.storeId, code })).status).toBe(200);
    expect((await page(collected.cursor)).body.orders).toEqual([]);
    cursor = collected.cursor;
  });

  it.skipIf(DB_LABEL === 'pglite')(
    'never hands out a cursor past a transaction still running: its order comes first once it commits',
    async () => {
      const slow = await pickupOrder();
      const fast = await pickupOrder();
      const both = await readFrom(cursor, 2);
      cursor = both.cursor;
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let started!: () => void;
      const begun = new Promise<void>((r) => (started = r));
      const running = db.db.transaction(async (tx) => {
        await tx.update(orders).set({ status: 'cancelled' }).where(eq(orders.id, slow.id));
        started();
        await held;
      });
      await begun;
      await db.db.update(orders).set({ status: 'cancelled' }).where(eq(orders.id, fast.id));
      // The later change is held back while the earlier transaction runs.
      expect((await page(cursor)).body.orders).toEqual([]);
      release();
      await running;
      const after = await readFrom(cursor, 2);
      expect(after.orders.map((o) => o.id)).toEqual([slow.id, fast.id]);
    },
  );

  it('refuses a cursor it did not give and a limit out of range (422)', async () => {
    for (const query of ['since=bm90LWEtY3Vyc29y', 'since=%20', 'limit=0', 'limit=501', 'limit=x']) {
      const answer = await erp.get(`/api/integrations/orders?${query}`);
      expect(answer.status, query).toBe(422);
    }
  });

  it('takes a key with orders:read only: none, a wrong key, another scope or a shopper cookie is 401/403', async () => {
    const path = '/api/integrations/orders';
    expect((await api.get(path)).status).toBe(401);
    expect((await api.key('aisle_sk_nope').get(path)).status).toBe(401);
    const shopper = await makeUser(db.db, 'feed-shopper@example.com');
    expect((await api.as(shopper).get(path)).status).toBe(401);
    const writer = await api.key(await keyWith(db, ['stores:write', 'stock:write'])).get(path);
    expect(writer.status).toBe(403);
    expect(writer.body.error?.code).toBe('insufficient_scope');
  });
});
