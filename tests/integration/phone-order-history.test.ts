import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAuthSession } from '@/lib/auth/accounts';
import type { SessionUser } from '@/lib/auth/schema';
import type { Cart } from '@/lib/cart/schema';
import { authSessions, carts, offerRedemptions, offers, orders, users } from '@/lib/db/schema';
import type { Order } from '@/lib/orders/schema';
import { placeOrder } from '@/lib/orders/place-order';
import { rowsOf } from '@/lib/db/rows';
import { makeUser } from '../support/accounts';
import { api, type ApiClient } from '../support/api';
import { pickStoreVariant, setStock, tillSale } from '../support/checkout-fixtures';
import { useTestDb } from '../support/test-db';

const db = useTestDb();
let alice: SessionUser;
let mallory: SessionUser;
const phone = '+821077778888';
let item: { variantId: string; storeId: string; locationId: string; sku: string };
let storeOrder: Order;
let onlineOrder: { id: string };

const posPost = (body: Record<string, unknown>) => api.till().post<{ order: Order }>('/api/pos/orders', body);
const list = (as: ApiClient, query = '') => as.get<{ orders: Order[] }>(`/api/orders${query}`);
type BuyAgain = { lines: { variantId: string; quantity: number }[]; fulfillment: Cart['lines'][number]['fulfillment'] };
const buyAgain = (as: ApiClient, id: string, body?: BuyAgain) =>
  as.post<Cart>(
    `/api/orders/${id}/buy-again`,
    body ?? { lines: [{ variantId: item.variantId, quantity: 2 }], fulfillment: { type: 'ship' } },
  );
const setMyStore = (as: ApiClient, storeId: string) => as.put<Cart>('/api/cart/pickup-store', { storeId });

beforeAll(async () => {
  item = await pickStoreVariant(db.db, 40);
  await setStock(db.db, item.locationId, item.variantId, 20);
  alice = await makeUser(db.db, 'alice@example.com', phone);
  mallory = await makeUser(db.db, 'mallory@example.com');
  // An in-store sale with Alice's phone, typed at the till in national format.
  const posted = await posPost(
    tillSale({
      externalId: 'till-7-000123',
      storeId: item.storeId,
      sku: item.sku,
      quantity: 2,
      phone: '010-7777-8888',
      placedAt: '2026-11-20T05:30:00Z',
    }),
  );
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

describe('order history with the in-store orders of a verified phone', () => {
  it('lists online and in-store orders together, newest first, marked with channel and store', async () => {
    const signedIn = api.as(alice);
    const res = await list(signedIn);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const ids = res.body.orders.map((o) => o.id);
    expect(ids).toContain(storeOrder.id);
    const store = res.body.orders.find((o) => o.id === storeOrder.id)!;
    expect(store).toMatchObject({ channel: 'store', storeId: item.storeId, phone });
    expect(store.storeName).toMatch(/^Aisle /);
    const placedAts = res.body.orders.map((o) => o.placedAt);
    expect([...placedAts].sort().reverse()).toEqual(placedAts);
    expect((await list(signedIn, '?channel=store')).body.orders.map((o) => o.channel)).toEqual(['store']);
    expect((await list(signedIn, '?channel=online')).body.orders.every((o) => o.channel === 'online')).toBe(true);
    expect((await list(signedIn, '?channel=shop')).status).toBe(422);
  });

  it('shows a POS sale posted after the phone was verified, too', async () => {
    const posted = await posPost(
      tillSale({ externalId: 'till-7-000124', storeId: item.storeId, sku: item.sku, phone: '+82 10 7777 8888' }),
    );
    const res = await list(api.as(alice));
    expect(res.body.orders[0]!.id).toBe(posted.body.order.id);
    expect((await api.as(alice).get(`/api/orders/${posted.body.order.id}`)).status).toBe(200);
  });

  it('never shows the in-store orders to an account without the verified phone, whatever it asks for', async () => {
    const mallorys = api.as(mallory);
    expect((await list(mallorys)).body.orders.map((o) => o.id)).not.toContain(storeOrder.id);
    for (const id of [storeOrder.id, onlineOrder.id]) {
      const res = await mallorys.get<Order>(`/api/orders/${id}`);
      expect(res.status).toBe(404);
      expect(res.body.error?.code).toBe('not_found');
      expect((await buyAgain(mallorys, id)).status).toBe(404);
    }
    // Typing the phone into the profile is not verifying it: only the account that proved it sees them.
    expect((await api.as({ ...mallory, phone: null }).get(`/api/orders/${storeOrder.id}`)).status).toBe(404);
    expect((await list(api)).status).toBe(401);
    expect((await api.get(`/api/orders/${storeOrder.id}`)).status).toBe(404);
  });

  it('buys again the chosen items at the shopper’s own store, not the till’s, and says what is short there', async () => {
    // Alice's store is another one than the till's (Jamsil, not Haeundae), and it has 1 of the 2 she bought.
    const [mine] = rowsOf(
      z.object({ store_id: z.string(), id: z.string() }),
      await db.db.execute(sql`
        SELECT store_id, id FROM inventory_locations WHERE kind = 'store' AND store_id IN (SELECT id FROM stores WHERE country = 'KR') AND store_id <> ${item.storeId}
        ORDER BY store_id LIMIT 1`),
    );
    await setStock(db.db, mine!.id, item.variantId, 1);
    await setStock(db.db, 'loc_online', item.variantId, 20);
    expect((await setMyStore(api.as(alice), mine!.store_id)).status).toBe(200);
    const res = await buyAgain(api.as(alice), storeOrder.id, {
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
    const shipped = await buyAgain(api.as(alice), storeOrder.id, {
      lines: [{ variantId: item.variantId, quantity: 3 }],
      fulfillment: { type: 'ship' },
    });
    expect(shipped.body.lines.find((l) => l.fulfillment.type === 'ship')?.quantity).toBe(3);
    expect(shipped.body.notices).toContainEqual(expect.objectContaining({ code: 'added', sku: item.sku, count: 3 }));

    // Only the order's own items can be bought again from it.
    const stranger = await buyAgain(api.as(alice), storeOrder.id, {
      lines: [{ variantId: 'var_not_in_order', quantity: 1 }],
      fulfillment: { type: 'ship' },
    });
    expect(stranger.status).toBe(422);

    // Sold out everywhere now: nothing is added, and the shopper is told.
    await db.db.execute(sql`UPDATE stock_levels SET on_hand = reserved WHERE variant_id = ${item.variantId}`);
    const again = await buyAgain(api.as(alice), storeOrder.id, {
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
    const res = await api.as(alice).delete('/api/account/phone');
    expect(res.status).toBe(200);
    const unlinked = api.as({ ...alice, phone: null });
    expect((await list(unlinked)).body.orders.some((o) => o.channel === 'store')).toBe(false);
    expect((await unlinked.get(`/api/orders/${storeOrder.id}`)).status).toBe(404);
    expect((await unlinked.get(`/api/orders/${onlineOrder.id}`)).status).toBe(200);
    await db.db.update(users).set({ phone }).where(eq(users.id, alice.id));
  });
});

describe('privacy', () => {
  it('exports the profile, every order (in-store ones included) and the cart as a private download', async () => {
    const res = await api
      .as(alice)
      .get<{ profile: { email: string; phone: string }; orders: Order[]; cart: Cart }>('/api/account/export');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="aisle-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(res.body.profile).toMatchObject({ email: alice.email, phone });
    expect(res.body.orders.map((o) => o.id)).toEqual(expect.arrayContaining([storeOrder.id, onlineOrder.id]));
    expect(res.body.cart.lines.length).toBeGreaterThan(0);
    expect((await api.get('/api/account/export')).status).toBe(401);
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
    expect((await api.as(alice).delete('/api/account', {})).status).toBe(422);
    const res = await api.as(alice).delete('/api/account', { confirm: true });
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
    expect((await api.get('/api/cart')).status).toBe(200);
  });
});
