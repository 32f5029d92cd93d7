import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DELETE as deleteAccountRoute } from '@/app/api/account/route';
import { GET as exportRoute } from '@/app/api/account/export/route';
import { DELETE as unlinkRoute } from '@/app/api/account/phone/route';
import { GET as getCart } from '@/app/api/cart/route';
import { PUT as pickupStoreRoute } from '@/app/api/cart/pickup-store/route';
import { GET as getOrderRoute } from '@/app/api/orders/[id]/route';
import { POST as buyAgainRoute } from '@/app/api/orders/[id]/buy-again/route';
import { GET as listOrdersRoute } from '@/app/api/orders/route';
import { POST as posOrderRoute } from '@/app/api/pos/orders/route';
import { createAuthSession } from '@/lib/auth/accounts';
import type { SessionUser } from '@/lib/auth/schema';
import type { Cart } from '@/lib/cart/schema';
import { provideDb } from '@/lib/db';
import { authSessions, carts, offerRedemptions, offers, orders, users } from '@/lib/db/schema';
import type { Order } from '@/lib/orders/schema';
import { placeOrder } from '@/lib/orders/place-order';
import { rowsOf } from '@/lib/db/rows';
import { acting } from '../support/acting-user';
import { makeUser } from '../support/accounts';
import { callRoute } from '../support/call-route';
import { signedPosInit } from '../support/pos-request';
import { pickStoreVariant, setStock } from '../support/checkout-fixtures';
import { createTestDb, type TestDb } from '../support/test-db';

vi.mock('@/lib/auth/session', () => ({ getSessionUser: async () => acting.user, rotateSession: async () => {} }));

let db: TestDb;
let alice: SessionUser;
let mallory: SessionUser;
const phone = '+821077778888';
let item: { variantId: string; storeId: string; locationId: string; sku: string };
let storeOrder: Order;
let onlineOrder: { id: string };

const posPost = (body: Record<string, unknown>) =>
  callRoute<{ order: Order }>(posOrderRoute, '/api/pos/orders', signedPosInit(body));

const list = (query = '') => callRoute<{ orders: Order[] }>(listOrdersRoute, `/api/orders${query}`);
const getOrder = (id: string) =>
  callRoute<Order & { error?: { code: string } }>(getOrderRoute, `/api/orders/${id}`, { params: { id } });
type BuyAgain = { lines: { variantId: string; quantity: number }[]; fulfillment: Cart['lines'][number]['fulfillment'] };
const buyAgain = (id: string, body?: BuyAgain) =>
  callRoute<Cart & { error?: { code: string } }>(buyAgainRoute, `/api/orders/${id}/buy-again`, {
    params: { id },
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        body ?? { lines: [{ variantId: item.variantId, quantity: 2 }], fulfillment: { type: 'ship' } },
      ),
    },
  });
const setMyStore = (storeId: string) =>
  callRoute<Cart>(pickupStoreRoute, '/api/cart/pickup-store', {
    init: { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ storeId }) },
  });

beforeAll(async () => {
  db = await createTestDb();
  provideDb(db);
  item = await pickStoreVariant(db.db, 40);
  await setStock(db.db, item.locationId, item.variantId, 20);
  alice = await makeUser(db.db, 'alice@example.com', phone);
  mallory = await makeUser(db.db, 'mallory@example.com');
  // An in-store sale with Alice's phone, typed at the till in national format.
  const posted = await posPost({
    externalId: 'till-7-000123',
    storeId: item.storeId,
    phone: '010-7777-8888',
    placedAt: '2026-11-20T05:30:00Z',
    currency: 'KRW',
    lines: [{ sku: item.sku, quantity: 2, unitPrice: 39000 }],
    total: 78000,
  });
  expect(posted.status).toBe(201);
  storeOrder = posted.body.order;
  // And an online order on her account.
  const cartId = `crt_${alice.id}`;
  await db.db.insert(carts).values({ id: cartId, userId: alice.id, currency: 'KRW' });
  await db.db.execute(
    sql`INSERT INTO cart_lines (id, cart_id, variant_id, quantity, fulfillment, store_id)
        VALUES ('lin_a', ${cartId}, ${item.variantId}, 1, 'pickup', ${item.storeId})`,
  );
  const placed = await placeOrder(db.db, {
    cartId,
    userId: alice.id,
    body: { contact: { email: alice.email! }, payment: { method: 'pay_at_pickup' } },
    now: new Date('2026-11-22T01:00:00Z'),
    holdMs: 3_600_000,
  });
  onlineOrder = { id: placed.orderId };
});
afterAll(async () => {
  provideDb(undefined);
  await db.drop();
});
beforeEach(async () => {
  acting.user = alice;
});

describe('order history with the in-store orders of a verified phone', () => {
  it('lists online and in-store orders together, newest first, marked with channel and store', async () => {
    const res = await list();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const ids = res.body.orders.map((o) => o.id);
    expect(ids).toContain(storeOrder.id);
    const store = res.body.orders.find((o) => o.id === storeOrder.id)!;
    expect(store).toMatchObject({ channel: 'store', storeId: item.storeId, phone });
    expect(store.storeName).toMatch(/^Aisle /);
    const placedAts = res.body.orders.map((o) => o.placedAt);
    expect([...placedAts].sort().reverse()).toEqual(placedAts);
    expect((await list('?channel=store')).body.orders.map((o) => o.channel)).toEqual(['store']);
    expect((await list('?channel=online')).body.orders.every((o) => o.channel === 'online')).toBe(true);
    expect((await list('?channel=shop')).status).toBe(422);
  });

  it('shows a POS sale posted after the phone was verified, too', async () => {
    const posted = await posPost({
      externalId: 'till-7-000124',
      storeId: item.storeId,
      phone: '+82 10 7777 8888',
      placedAt: new Date().toISOString(),
      currency: 'KRW',
      lines: [{ sku: item.sku, quantity: 1, unitPrice: 39000 }],
      total: 39000,
    });
    const res = await list();
    expect(res.body.orders[0]!.id).toBe(posted.body.order.id);
    expect((await getOrder(posted.body.order.id)).status).toBe(200);
  });

  it('never shows the in-store orders to an account without the verified phone, whatever it asks for', async () => {
    acting.user = mallory;
    expect((await list()).body.orders.map((o) => o.id)).not.toContain(storeOrder.id);
    for (const id of [storeOrder.id, onlineOrder.id]) {
      const res = await getOrder(id);
      expect(res.status).toBe(404);
      expect(res.body.error?.code).toBe('not_found');
      expect((await buyAgain(id)).status).toBe(404);
    }
    // Typing the phone into the profile is not verifying it: only the account that proved it sees them.
    acting.user = { ...mallory, phone: null };
    expect((await getOrder(storeOrder.id)).status).toBe(404);
    acting.user = null;
    expect((await list()).status).toBe(401);
    expect((await getOrder(storeOrder.id)).status).toBe(404);
  });

  it('buys again the chosen items at the shopper’s own store, not the till’s, and says what is short there', async () => {
    // Alice's store is another one than the till's (Jamsil, not Haeundae), and it has 1 of the 2 she bought.
    const [mine] = rowsOf(
      z.object({ store_id: z.string(), id: z.string() }),
      await db.db.execute(sql`
        SELECT store_id, id FROM inventory_locations WHERE kind = 'store' AND store_id <> ${item.storeId}
        ORDER BY store_id LIMIT 1`),
    );
    await setStock(db.db, mine!.id, item.variantId, 1);
    await setStock(db.db, 'loc_online', item.variantId, 20);
    expect((await setMyStore(mine!.store_id)).status).toBe(200);
    const res = await buyAgain(storeOrder.id, {
      lines: [{ variantId: item.variantId, quantity: 2 }],
      fulfillment: { type: 'pickup', storeId: mine!.store_id },
    });
    expect(res.status).toBe(200);
    expect(res.body.pickupStoreId).toBe(mine!.store_id);
    const pickupLines = res.body.lines.filter((l) => l.fulfillment.type === 'pickup');
    expect(pickupLines).toEqual([
      expect.objectContaining({
        variantId: item.variantId,
        quantity: 1,
        fulfillment: { type: 'pickup', storeId: mine!.store_id },
      }),
    ]);
    expect(res.body.notices).toContainEqual(
      expect.objectContaining({ code: 'quantity_capped', sku: item.sku, requested: 2, kept: 1 }),
    );

    // Or delivered: the warehouse has them, in the quantity chosen.
    const shipped = await buyAgain(storeOrder.id, {
      lines: [{ variantId: item.variantId, quantity: 3 }],
      fulfillment: { type: 'ship' },
    });
    expect(shipped.body.lines.find((l) => l.fulfillment.type === 'ship')?.quantity).toBe(3);
    expect(shipped.body.notices).toContainEqual(expect.objectContaining({ code: 'added', sku: item.sku, count: 3 }));

    // Only the order's own items can be bought again from it.
    const stranger = await buyAgain(storeOrder.id, {
      lines: [{ variantId: 'var_not_in_order', quantity: 1 }],
      fulfillment: { type: 'ship' },
    });
    expect(stranger.status).toBe(422);

    // Sold out everywhere now: nothing is added, and the shopper is told.
    await db.db.execute(sql`UPDATE stock_levels SET on_hand = reserved WHERE variant_id = ${item.variantId}`);
    const again = await buyAgain(storeOrder.id, {
      lines: [{ variantId: item.variantId, quantity: 2 }],
      fulfillment: { type: 'pickup', storeId: mine!.store_id },
    });
    expect(again.status).toBe(200);
    expect(again.body.notices).toContainEqual(expect.objectContaining({ code: 'unavailable', sku: item.sku }));
    expect(again.body.lines.find((l) => l.fulfillment.type === 'pickup')?.quantity).toBe(1);
    await setStock(db.db, item.locationId, item.variantId, 20);
    await setStock(db.db, 'loc_online', item.variantId, 20);
  });

  it('hides the in-store orders again once the phone is unlinked', async () => {
    const res = await callRoute(unlinkRoute, '/api/account/phone', { init: { method: 'DELETE' } });
    expect(res.status).toBe(200);
    acting.user = { ...alice, phone: null };
    expect((await list()).body.orders.some((o) => o.channel === 'store')).toBe(false);
    expect((await getOrder(storeOrder.id)).status).toBe(404);
    expect((await getOrder(onlineOrder.id)).status).toBe(200);
    await db.db.update(users).set({ phone }).where(eq(users.id, alice.id));
  });
});

describe('privacy', () => {
  it('exports the profile, every order (in-store ones included) and the cart as a private download', async () => {
    const res = await callRoute<{ profile: { email: string; phone: string }; orders: Order[]; cart: Cart }>(
      exportRoute,
      '/api/account/export',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="aisle-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(res.body.profile).toMatchObject({ email: alice.email, phone });
    expect(res.body.orders.map((o) => o.id)).toEqual(expect.arrayContaining([storeOrder.id, onlineOrder.id]));
    expect(res.body.cart.lines.length).toBeGreaterThan(0);
    acting.user = null;
    expect((await callRoute(exportRoute, '/api/account/export')).status).toBe(401);
  });

  it('deletes the account: sessions gone, personal data erased, orders kept anonymised', async () => {
    await createAuthSession(db.db, alice.id, new Date());
    // An offer used at the till names its customer by the phone given there.
    const [offer] = await db.db.select({ id: offers.id }).from(offers).where(eq(offers.code, 'AISLE20K'));
    await db.db.insert(offerRedemptions).values({
      id: 'red_till_alice',
      offerId: offer!.id,
      channel: 'store',
      storeId: item.storeId,
      externalId: 'till-7-000124',
      customerKey: `phone:${phone}`,
      amount: 20000,
      createdAt: new Date(),
    });
    const json = (body: unknown) => ({
      init: { method: 'DELETE', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } },
    });
    expect((await callRoute(deleteAccountRoute, '/api/account', json({}))).status).toBe(422);
    const res = await callRoute(deleteAccountRoute, '/api/account', json({ confirm: true }));
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/aisle\.session=; Max-Age=0/);
    expect(await db.db.select().from(users).where(eq(users.id, alice.id))).toEqual([]);
    expect(await db.db.select().from(authSessions).where(eq(authSessions.userId, alice.id))).toEqual([]);
    expect(await db.db.select().from(carts).where(eq(carts.userId, alice.id))).toEqual([]);
    const kept = await db.db
      .select()
      .from(orders)
      .where(sql`${orders.id} IN (${storeOrder.id}, ${onlineOrder.id})`);
    expect(kept).toHaveLength(2);
    for (const o of kept) {
      expect(o).toMatchObject({ userId: null, email: null, phone: null, shippingAddress: null });
      expect(o.total).toBeGreaterThan(0);
    }
    const [till] = await db.db.select().from(offerRedemptions).where(eq(offerRedemptions.id, 'red_till_alice'));
    expect(till?.customerKey).toBeNull();
    acting.user = null;
    expect((await callRoute(getCart, '/api/cart')).status).toBe(200);
  });
});
