import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cart } from '@/lib/cart/schema';
import { rowsOf } from '@/lib/db/rows';
import { cartHandoffs, inventoryLocations, orders, outbox, stockLevels } from '@/lib/db/schema';
import { placeForCustomer } from '@/lib/endless-aisle/place-for-customer';
import { searchAisle } from '@/lib/endless-aisle/search-stock';
import { HANDOFF_TTL_MS, sendHandoff } from '@/lib/endless-aisle/send-handoff';
import type { EndlessAisleBody } from '@/lib/endless-aisle/schema';
import type { OrderFeed } from '@/lib/orders/feed-schema';
import type { Order } from '@/lib/orders/schema';
type PlacedOrder = { order: Order; accessToken: string };
import { makeUser } from '../support/accounts';
import { api, type ApiClient } from '../support/api';
import { keyWith } from '../support/api-keys';
import { guestCartWith, pickStoreVariant, setStock, stockAt, warehouseLocationId } from '../support/checkout-fixtures';
import { useTestDb } from '../support/test-db';

const db = useTestDb();
const staffId = 'stf_test_associate';
const publicUrl = 'https://shop.example';
let here: { storeId: string; locationId: string };
let item: Awaited<ReturnType<typeof pickStoreVariant>>;
let other: Awaited<ReturnType<typeof pickStoreVariant>>;
let warehouse: string;

async function anotherStore(besides: string[]) {
  const [row] = await db.db
    .select({ storeId: inventoryLocations.storeId, locationId: inventoryLocations.id })
    .from(inventoryLocations)
    .where(
      and(
        eq(inventoryLocations.kind, 'store'),
        sql`${inventoryLocations.storeId} NOT IN ${besides}`,
        // A Korean store: the associate's market.
        sql`${inventoryLocations.storeId} IN (SELECT id FROM stores WHERE country = 'KR')`,
      ),
    )
    .limit(1);
  return { storeId: row!.storeId!, locationId: row!.locationId };
}

const send = (
  lines: { variantId: string; quantity: number }[],
  over: Partial<Parameters<typeof sendHandoff>[1]> = {},
) =>
  sendHandoff(db.db, {
    staffId,
    storeId: here.storeId,
    customerPhone: '010-5555-1212',
    lines,
    fulfillment: { type: 'pickup', storeId: item.storeId },
    now: new Date(),
    publicUrl,
    locale: 'en',
    ...over,
  });

const claim = (as: ApiClient, token: string) => as.post<Cart>('/api/cart/handoffs', { token });
const checkout = (as: ApiClient, key: string) =>
  as.post<PlacedOrder>(
    '/api/checkout',
    { contact: { email: 'walk-in@example.com', phone: '010-5555-1212' }, payment: { method: 'pay_at_pickup' } },
    { idempotencyKey: key },
  );

function placeBody(over: Partial<Extract<EndlessAisleBody, { action: 'place_order' }>> = {}) {
  return {
    action: 'place_order' as const,
    storeId: here.storeId,
    customerPhone: '010-3333-4444',
    customer: { name: 'Min-ji Kim', email: 'minji@example.com' },
    lines: [{ variantId: item.variantId, quantity: 1 }],
    fulfillment: { type: 'pickup' as const, storeId: item.storeId },
    payment: 'pay_at_store' as const,
    ...over,
  };
}

beforeAll(async () => {
  item = await pickStoreVariant(db.db, 10);
  other = await pickStoreVariant(db.db, 200);
  here = await anotherStore([item.storeId]);
  warehouse = await warehouseLocationId(db.db);
  // What the associate's store lacks, another store and the warehouse have.
  await setStock(db.db, here.locationId, item.variantId, 0);
  await setStock(db.db, item.locationId, item.variantId, 6);
  await setStock(db.db, warehouse, item.variantId, 9);
  await setStock(db.db, item.locationId, other.variantId, 5);
});

describe('the endless aisle search', () => {
  it('finds through the shop search and shows every location, this store first, net of reserved and safety stock', async () => {
    const [product] = rowsOf(
      z.object({ title: z.string(), count: z.coerce.number() }),
      await db.db
        .execute(sql`SELECT p.title, (SELECT count(*) FROM inventory_locations l LEFT JOIN stores s ON s.id = l.store_id
          WHERE l.market = 'KR' OR s.country = 'KR') AS count
        FROM variants v JOIN products p ON p.id = v.product_id WHERE v.id = ${item.variantId}`),
    );
    await db.db
      .update(stockLevels)
      .set({ reserved: 1, safetyStock: 2 })
      .where(and(eq(stockLevels.locationId, item.locationId), eq(stockLevels.variantId, item.variantId)));
    const found = await searchAisle(db.db, { q: product!.title, storeId: here.storeId });
    const variant = found.items.flatMap((p) => p.variants).find((v) => v.id === item.variantId)!;
    expect(variant.stock).toHaveLength(product!.count);
    expect(variant.stock[0]).toMatchObject({ storeId: here.storeId, available: 0 });
    expect(variant.stock[1]).toMatchObject({ kind: 'warehouse', available: 9 });
    expect(variant.stock.find((s) => s.storeId === item.storeId)!.available).toBe(6 - 1 - 2);
    await setStock(db.db, item.locationId, item.variantId, 6);
  });
});

describe('send to phone', () => {
  it('texts a one-time link in the chosen language to the E.164 phone and keeps only the token’s hash', async () => {
    const sent = await send([{ variantId: item.variantId, quantity: 2 }], { locale: 'ko' });
    expect(sent.handoff.phone).toBe('+82 ••• 1212');
    const [sms] = await db.db.select().from(outbox).where(eq(outbox.kind, 'endless_aisle_bag'));
    expect(sms).toMatchObject({ channel: 'sms', to: '+821055551212' });
    expect(sms!.body).toContain(`${publicUrl}/bag/from-store?token=${sent.token}`);
    expect(sms!.body).toContain('장바구니');
    const rows = await db.db.select().from(cartHandoffs).where(eq(cartHandoffs.id, sent.handoff.id));
    expect(JSON.stringify(rows)).not.toContain(sent.token);
  });

  it('refuses a bad phone, an item not on sale and an unknown store', async () => {
    await expect(send([{ variantId: item.variantId, quantity: 1 }], { customerPhone: '12' })).rejects.toMatchObject({
      code: 'invalid_request',
    });
    await expect(send([{ variantId: 'var_nope', quantity: 1 }])).rejects.toMatchObject({
      code: 'invalid_request',
      fields: { 'lines.0.variantId': ['Not on sale'] },
    });
    await expect(send([{ variantId: item.variantId, quantity: 1 }], { storeId: 'sto_nope' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('opens once in the guest’s own bag, merged with what is there, and the order is credited to the store', async () => {
    const { token: cookie } = await guestCartWith(db.db, { variantId: other.variantId, storeId: item.storeId }, 1);
    const phone = api.guest({ 'aisle-cart': cookie });
    const sent = await send([{ variantId: item.variantId, quantity: 2 }]);
    const opened = await claim(phone, sent.token);
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    expect(opened.body.lines.map((l) => [l.variantId, l.quantity]).sort()).toEqual(
      [
        [other.variantId, 1],
        [item.variantId, 2],
      ].sort(),
    );
    expect(opened.body.notices).toEqual([expect.objectContaining({ code: 'added', count: 2 })]);
    // Used once: the same link, from this bag or any other, is gone.
    expect((await claim(phone, sent.token)).status).toBe(410);
    expect((await claim(api.guest(), sent.token)).body.error?.code).toBe('handoff_gone');

    const placed = await checkout(phone, 'aisle-guest-1');
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const [row] = await db.db.select().from(orders).where(eq(orders.id, placed.body.order.id));
    expect(row).toMatchObject({ channel: 'store', source: 'endless_aisle', storeId: here.storeId, staffId });
    expect(placed.body.order).toMatchObject({ channel: 'store', source: 'endless_aisle', storeId: here.storeId });
    // The next order from the same bag is the shopper's own again.
    const [cart] = rowsOf(
      z.object({ handoff_id: z.string().nullable() }),
      await db.db.execute(
        sql`SELECT handoff_id FROM carts WHERE id = (SELECT claimed_cart_id FROM cart_handoffs WHERE id = ${sent.handoff.id})`,
      ),
    );
    expect(cart?.handoff_id ?? null).toBeNull();
  });

  it('refuses an expired link and an unknown one alike', async () => {
    const sent = await send([{ variantId: item.variantId, quantity: 1 }], {
      now: new Date(Date.now() - HANDOFF_TTL_MS - 1000),
    });
    expect((await claim(api.guest(), sent.token)).status).toBe(410);
    expect((await claim(api.guest(), 'x'.repeat(32))).status).toBe(410);
  });

  it('opens in a signed-in shopper’s account bag; the order is in their history', async () => {
    const shopper = await makeUser(db.db, 'handoff-account@example.com');
    const sent = await send([{ variantId: item.variantId, quantity: 1 }]);
    const opened = await claim(api.as(shopper), sent.token);
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    const placed = await checkout(api.as(shopper), 'aisle-account-1');
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const history = await api.as(shopper).get<{ orders: Order[] }>('/api/orders');
    expect(history.body.orders.find((o) => o.id === placed.body.order.id)).toMatchObject({
      channel: 'store',
      source: 'endless_aisle',
    });
  });
});

describe('placed for the customer', () => {
  beforeAll(() => setStock(db.db, item.locationId, item.variantId, 20));
  const bags = async () =>
    rowsOf(z.object({ n: z.coerce.number() }), await db.db.execute(sql`SELECT count(*) AS n FROM carts`))[0]!.n;

  it('records store, associate, channel and source; holds stock at the pickup store; the counter expects the customer', async () => {
    const before = await stockAt(db.db, item.locationId, item.variantId);
    const { orderId } = await placeForCustomer(db.db, {
      staffId,
      body: placeBody(),
      now: new Date(),
      publicUrl,
      locale: 'en',
    });
    const [row] = await db.db.select().from(orders).where(eq(orders.id, orderId));
    expect(row).toMatchObject({
      channel: 'store',
      source: 'endless_aisle',
      storeId: here.storeId,
      staffId,
      phone: '+821033334444',
      collectorName: 'Min-ji Kim',
      paymentStatus: 'due_at_pickup',
    });
    expect((await stockAt(db.db, item.locationId, item.variantId)).reserved).toBe(before.reserved + 1);
    const sms = await db.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.orderId, orderId), eq(outbox.channel, 'sms')));
    expect(sms).toHaveLength(1);
  });

  it('is in the history of the account that verified the phone, and in the orders feed with its attribution', async () => {
    const owner = await makeUser(db.db, 'verified-phone@example.com', '+821033334444');
    const { orderId } = await placeForCustomer(db.db, {
      staffId,
      body: placeBody(),
      now: new Date(),
      publicUrl,
      locale: 'en',
    });
    const history = await api.as(owner).get<{ orders: Order[] }>('/api/orders?channel=store');
    expect(history.body.orders.map((o) => o.id)).toContain(orderId);
    expect(
      (await api.as(await makeUser(db.db, 'nobody@example.com')).get<{ orders: Order[] }>('/api/orders')).body.orders,
    ).toEqual([]);

    const erp = api.key(await keyWith(db, ['orders:read']));
    let found: OrderFeed['orders'][number] | undefined;
    for (let attempt = 0; attempt < 50 && !found; attempt++) {
      let since: string | undefined;
      for (;;) {
        const page = await erp.get<OrderFeed>(`/api/integrations/orders?limit=500${since ? `&since=${since}` : ''}`);
        expect(page.status).toBe(200);
        found = page.body.orders.find((o) => o.id === orderId) ?? found;
        if (!page.body.hasMore) break;
        since = page.body.nextCursor;
      }
      if (!found) await new Promise((r) => setTimeout(r, 100));
    }
    expect(found).toMatchObject({ channel: 'store', source: 'endless_aisle', storeId: here.storeId, staffId });
  });

  it('never oversells: of two orders for the last unit, one is placed and the other refused with nothing held', async () => {
    await setStock(db.db, item.locationId, other.variantId, 1);
    const bagsBefore = await bags();
    const body = placeBody({ lines: [{ variantId: other.variantId, quantity: 1 }] });
    const results = await Promise.allSettled([
      placeForCustomer(db.db, { staffId, body, now: new Date(), publicUrl, locale: 'en' }),
      placeForCustomer(db.db, {
        staffId,
        body: { ...body, customerPhone: '010-3333-9999' },
        now: new Date(),
        publicUrl,
        locale: 'en',
      }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'insufficient_stock' });
    expect(await stockAt(db.db, item.locationId, other.variantId)).toMatchObject({ onHand: 1, reserved: 1 });
    // No bag is left behind by either attempt.
    expect(await bags()).toBe(bagsBefore);
  });

  it('delivers from the warehouse paid by card; paying at a till is only for pickups', async () => {
    const address = {
      name: 'Min-ji Kim',
      line1: '1 Seongsu-ro',
      city: 'Seoul',
      postalCode: '04780',
      country: 'KR' as const,
    };
    const ship = placeBody({ fulfillment: { type: 'ship' }, shippingAddress: address });
    await expect(
      placeForCustomer(db.db, { staffId, body: ship, now: new Date(), publicUrl, locale: 'en' }),
    ).rejects.toMatchObject({
      code: 'payment_method_unavailable',
    });
    const before = await stockAt(db.db, warehouse, item.variantId);
    const { orderId } = await placeForCustomer(db.db, {
      staffId,
      body: { ...ship, payment: 'test_card', cardNumber: '4242 4242 4242 4242' },
      now: new Date(),
      publicUrl,
      locale: 'en',
    });
    const [row] = await db.db.select().from(orders).where(eq(orders.id, orderId));
    expect(row).toMatchObject({ channel: 'store', source: 'endless_aisle', paymentStatus: 'authorized' });
    expect((await stockAt(db.db, warehouse, item.variantId)).reserved).toBe(before.reserved + 1);
  });
});
