import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/auth/schema';
import { ownerTag } from '@/lib/cart/owner-tag';
import type { Cart } from '@/lib/cart/schema';
import { backInStockRequests, carts, outbox, products, users, webhookDeliveries, webhooks } from '@/lib/db/schema';
import { inTransaction } from '@/lib/db/in-transaction';
import { emitEvent } from '@/lib/integrations/events';
import { createWebhook } from '@/lib/webhooks/subscriptions';
import { DEVELOPMENT_AUTH_SECRET } from '@/lib/env';
import type { Order } from '@/lib/orders/schema';
import { sendHandoff } from '@/lib/endless-aisle/send-handoff';
import { makeUser } from '../support/accounts';
import { api, type Answer } from '../support/api';
import { keyWith } from '../support/api-keys';
import { expectKeyScopeOnly } from '../support/key-refusals';
import { guestCartWith, pickStoreVariant, setStock, tillSale } from '../support/checkout-fixtures';
import { DB_LABEL, useTestDb } from '../support/test-db';
import type { KeyScope } from '@/lib/integrations/scopes';
import { dbFingerprint } from '../support/db-fingerprint';
import { readEvents } from '../support/event-stream';
import { storeBody } from '../support/store-fixtures';

type Who = 'guest' | 'A' | 'B';

const db = useTestDb();

/** What the catalog routes write; a refused call leaves all of it as it was. */
const CATALOG_TABLES = ['products', 'variants', 'product_translations', 'product_images', 'categories', 'media'];
/** The smallest product an integrator may send: one variant, priced in the shop market. */
const matrixProduct = (title: string, sku: string) => ({
  title: { en: title },
  category: 'Bags',
  variants: [{ sku, prices: [{ market: 'KR', amount: 10_000 }] }],
});
let alice: SessionUser;
let bob: SessionUser;
let item: { variantId: string; storeId: string; locationId: string; sku: string };
let aliceCart: Cart;
let aliceOrder: Order;
let pickupOrder: { order: Order; accessToken: string; code: string };
const alicePhone = '+821066661111';
let aliceAddressId: string;
const homeAddress = {
  recipient: 'Alice',
  phone: '010-2345-6789',
  postalCode: '05551',
  line1: '서울특별시 송파구 올림픽로 300',
  line2: '101동 1001호',
};

/** The API as a guest, account A or account B calls it. */
const as = (who: Who) => api.as(who === 'A' ? alice : who === 'B' ? bob : null);

/** The state of A's things, to show that nothing B or a guest did changed them. */
async function aliceState() {
  const cart = (await as('A').get<Cart>('/api/cart')).body;
  const [row] = await db.db.select().from(users).where(eq(users.id, alice.id));
  return {
    version: cart.version,
    lines: cart.lines.map((l) => [l.id, l.quantity]),
    pickupStoreId: cart.pickupStoreId,
    offerCode: cart.offerCode?.code ?? null,
    notices: cart.notices?.length ?? 0,
    phone: row?.phone ?? null,
    passwordHash: row?.passwordHash ?? null,
  };
}

/** A line of A's bag as it is now (rows before may have replaced it). */
async function aliceLine() {
  const cart = (await as('A').get<Cart>('/api/cart')).body;
  expect(cart.id).toBe(aliceCart.id);
  return cart.lines[0]!;
}

/**
 * A write to "the caller's bag" reaches A's bag for A alone. Sent with A's owner tag (as A's
 * offline queue would replay it) it is refused for a guest and for B; without the tag it goes
 * to their own bags (`others`: 200 there, or 404 for a line of A's). A's own, tagged, succeeds.
 */
async function expectOwnBagOnly(
  send: (who: Who, headers: Record<string, string>) => Promise<Answer<Cart>>,
  others: 200 | 404 = 200,
): Promise<Cart> {
  const before = await aliceState();
  const tag = { 'x-aisle-owner': ownerTag({ user: alice, guestToken: null }, DEVELOPMENT_AUTH_SECRET) };
  for (const who of ['guest', 'B'] as const) {
    const replayed = await send(who, tag);
    expect(replayed.status, who).toBe(409);
    expect(replayed.body.error?.code, who).toBe('owner_mismatch');
    const own = await send(who, {});
    expect(own.status, who).toBe(others);
    if (others === 200) expect(own.body.id, who).not.toBe(aliceCart.id);
  }
  expect(await aliceState()).toEqual(before);
  const mine = await send('A', tag);
  expect(mine.status, JSON.stringify(mine.body.error)).toBe(200);
  expect(mine.body.id).toBe(aliceCart.id);
  return mine.body;
}

beforeAll(async () => {
  item = await pickStoreVariant(db.db, 12);
  await setStock(db.db, item.locationId, item.variantId, 50);
  alice = await makeUser(db.db, 'alice@example.com');
  bob = await makeUser(db.db, 'bob@example.com');
  await db.db.update(users).set({ phone: alicePhone, phoneVerifiedAt: new Date() }).where(eq(users.id, alice.id));
  alice = { ...alice, phone: alicePhone };

  // A's online order (pickup, pay at the store), then a fresh line in A's bag.
  const line = { variantId: item.variantId, quantity: 1, fulfillment: { type: 'pickup', storeId: item.storeId } };
  expect((await as('A').post('/api/cart/lines', line)).status).toBe(200);
  const placed = await as('A').post<{ order: Order }>(
    '/api/checkout',
    { contact: { email: alice.email }, payment: { method: 'pay_at_pickup' } },
    { idempotencyKey: 'alice-1' },
  );
  expect(placed.status).toBe(201);
  aliceOrder = placed.body.order;
  aliceCart = (await as('A').post<Cart>('/api/cart/lines', line)).body;
  expect(aliceCart.lines).toHaveLength(1);

  // A guest's pickup order, for the store routes.
  const guest = await guestCartWith(db.db, item, 1);
  const guestOrder = await api
    .guest({ 'aisle-cart': guest.token })
    .post<{ order: Order; accessToken: string }>(
      '/api/checkout',
      { contact: { email: 'guest@example.com' }, payment: { method: 'pay_at_pickup' } },
      { idempotencyKey: 'guest-1' },
    );
  expect(guestOrder.status).toBe(201);
  const code = guestOrder.body.order.pickup?.code;
  expect(code).toBeTruthy();
  pickupOrder = { ...guestOrder.body, code: code! };

  // An in-store sale with A's phone.
  const posted = await api
    .till()
    .post(
      '/api/pos/orders',
      tillSale({ externalId: 'till-1-0001', storeId: item.storeId, sku: item.sku, phone: '010-6666-1111' }),
    );
  expect(posted.status).toBe(201);
});

/** Every webhook and delivery as stored: what a refused webhook call must leave alone. */
const webhookState = async () => ({
  webhooks: await db.db.select().from(webhooks).orderBy(webhooks.id),
  deliveries: await db.db.select().from(webhookDeliveries).orderBy(webhookDeliveries.id),
});

/** A webhook for order.created, made as the route makes one. */
const aWebhook = () =>
  createWebhook(
    db.db,
    { url: 'https://hooks.example.com/aisle', events: ['order.created'] },
    { now: new Date(), production: false, authSecret: DEVELOPMENT_AUTH_SECRET, keyId: null },
  );

/**
 * Every operation of the BFF, and who may use it. A new route fails the last test until it is
 * given a row here, with a check of what a guest, account A and account B can do to A's things.
 */
const matrix: Record<string, { rule: string; check?: () => Promise<void> }> = {
  'get /api/cart': {
    rule: "the caller's own bag",
    check: async () => {
      for (const who of ['guest', 'B'] as const) {
        const res = await as(who).get<Cart>('/api/cart');
        expect(res.status, who).toBe(200);
        expect(res.body.id, who).not.toBe(aliceCart.id);
        expect(res.body.lines, who).toEqual([]);
      }
      const mine = await as('A').get<Cart>('/api/cart');
      expect(mine.status).toBe(200);
      expect(mine.body.id).toBe(aliceCart.id);
      expect(mine.body.lines).toHaveLength(1);
    },
  },
  'get /api/cart/events': {
    rule: "the caller's own bag's changes: A's account for A, nothing of A's for B; a guest without a bag follows nothing",
    check: async () => {
      expect((await as('guest').send('GET', '/api/cart/events')).status).toBe(204);
      const answers = await Promise.all((['A', 'B'] as const).map((who) => as(who).send('GET', '/api/cart/events')));
      const streams = answers.map((r) => {
        expect(r.status).toBe(200);
        return readEvents(r);
      });
      try {
        await db.db.update(carts).set({ updatedAt: new Date() }).where(eq(carts.id, aliceCart.id!));
        expect(await streams[0]!.next()).toBe('changed');
        expect(await streams[1]!.next(300)).toBeNull();
      } finally {
        await Promise.all(streams.map((s) => s.close()));
      }
    },
  },
  'post /api/cart/lines': {
    rule: "adds to the caller's own bag",
    check: async () => {
      // A adds to A's pickup line; the others put a shipped line in their own bags (B checks out with it below).
      const pickup = { variantId: item.variantId, quantity: 1, fulfillment: { type: 'pickup', storeId: item.storeId } };
      const ship = { variantId: item.variantId, quantity: 2, fulfillment: { type: 'ship' } };
      const before = (await aliceLine()).quantity;
      const cart = await expectOwnBagOnly((who, headers) =>
        as(who).post<Cart>('/api/cart/lines', who === 'A' ? pickup : ship, { headers }),
      );
      expect(cart.lines.find((l) => l.variantId === item.variantId)?.quantity).toBe(before + 1);
    },
  },
  'patch /api/cart/lines/{lineId}': {
    rule: "only a line of the caller's own bag",
    check: async () => {
      const { id: lineId, quantity } = await aliceLine();
      const cart = await expectOwnBagOnly(
        (who, headers) => as(who).patch<Cart>(`/api/cart/lines/${lineId}`, { quantity: quantity + 1 }, { headers }),
        404,
      );
      expect(cart.lines.find((l) => l.id === lineId)?.quantity).toBe(quantity + 1);
    },
  },
  'delete /api/cart/lines/{lineId}': {
    rule: "only a line of the caller's own bag",
    check: async () => {
      const { id: lineId, variantId, quantity, fulfillment } = await aliceLine();
      const cart = await expectOwnBagOnly(
        (who, headers) => as(who).delete<Cart>(`/api/cart/lines/${lineId}`, undefined, { headers }),
        404,
      );
      expect(cart.lines.map((l) => l.id)).not.toContain(lineId);
      // The line back, for the rows after.
      const back = await as('A').post('/api/cart/lines', { variantId, quantity, fulfillment });
      expect(back.status).toBe(200);
    },
  },
  'post /api/cart/handoffs': {
    rule: "a store's bag goes into the caller's own bag, whoever holds the link",
    check: async () => {
      // A fresh link per call: each one opens once.
      const link = async () =>
        (
          await sendHandoff(db.db, {
            staffId: 'stf_matrix',
            storeId: item.storeId,
            customerPhone: alicePhone,
            lines: [{ variantId: item.variantId, quantity: 1 }],
            fulfillment: { type: 'ship' },
            now: new Date(),
            publicUrl: 'http://aisle.test',
            locale: 'en',
          })
        ).token;
      const before = (await aliceLine()).quantity;
      const cart = await expectOwnBagOnly(async (who, headers) =>
        as(who).post<Cart>('/api/cart/handoffs', { token: await link() }, { headers }),
      );
      expect(cart.lines.reduce((n, l) => n + (l.variantId === item.variantId ? l.quantity : 0), 0)).toBeGreaterThan(
        before,
      );
      // The rows after check B's bag out as a web order: the bags forget the links they opened.
      await db.db.update(carts).set({ handoffId: null });
    },
  },
  'put /api/cart/pickup-store': {
    rule: "the caller's own bag",
    check: async () => {
      const cleared = await as('A').put<Cart>('/api/cart/pickup-store', { storeId: null });
      expect(cleared.body.pickupStoreId).toBeNull();
      const cart = await expectOwnBagOnly((who, headers) =>
        as(who).put<Cart>('/api/cart/pickup-store', { storeId: item.storeId }, { headers }),
      );
      expect(cart.pickupStoreId).toBe(item.storeId);
    },
  },
  'put /api/cart/market': {
    rule: "the caller's own bag (and account)",
    check: async () => {
      // KR for the accounts: their bags keep their pickups for the rows after; the guest's bag moves.
      const cart = await expectOwnBagOnly((who, headers) =>
        as(who).put<Cart>('/api/cart/market', { market: who === 'guest' ? 'SG' : 'KR' }, { headers }),
      );
      expect(cart.market).toBe('KR');
      const [b] = await db.db.select({ market: users.market }).from(users).where(eq(users.id, bob.id));
      expect(b?.market).toBe('KR');
    },
  },
  'get /api/markets': {
    rule: "anyone; `current` is the caller's own bag's market",
    check: async () => {
      const current = async (who: Who) => (await as(who).get<{ current: string }>('/api/markets')).body.current;
      expect(await current('A')).toBe(aliceCart.market);
      expect(await current('guest')).toBe('KR');
    },
  },
  'post /api/cart/offer-code': {
    rule: "the caller's own bag",
    check: async () => {
      // AISLE20K takes 20,000 off 80,000 or more: enough of the item in A's bag for it to apply.
      const line = await aliceLine();
      const quantity = Math.ceil(80_000 / line.unitPrice.amount);
      expect(quantity).toBeLessThanOrEqual(10);
      const patched = await as('A').patch(`/api/cart/lines/${line.id}`, { quantity });
      expect(patched.status).toBe(200);
      const cart = await expectOwnBagOnly((who, headers) =>
        as(who).post<Cart>('/api/cart/offer-code', { code: 'AISLE20K' }, { headers }),
      );
      expect(cart.offerCode).toEqual({ code: 'AISLE20K', status: 'applied' });
      expect(cart.discounts.find((d) => d.code === 'AISLE20K')?.amount.amount).toBe(20_000);
    },
  },
  'delete /api/cart/offer-code': {
    rule: "the caller's own bag",
    check: async () => {
      const entered = await as('A').post<Cart>('/api/cart/offer-code', { code: 'AISLE20K' });
      expect(entered.body.offerCode?.code).toBe('AISLE20K');
      const cart = await expectOwnBagOnly((who, headers) =>
        as(who).delete<Cart>('/api/cart/offer-code', undefined, { headers }),
      );
      expect(cart.offerCode).toBeNull();
    },
  },
  'delete /api/cart/notices': {
    rule: "the caller's own bag",
    check: async () => {
      // A notice on A's bag: a guest bag merged into it when A signs in on that device.
      const guest = await guestCartWith(db.db, item, 1);
      const merged = await api.guest({ 'aisle-cart': guest.token }).as(alice).get<Cart>('/api/cart');
      expect(merged.body.notices?.map((n) => n.code)).toContain('merged');
      const cart = await expectOwnBagOnly((who, headers) =>
        as(who).delete<Cart>('/api/cart/notices', undefined, { headers }),
      );
      expect(cart.notices ?? []).toEqual([]);
    },
  },
  'post /api/checkout': {
    rule: "places the caller's own bag",
    check: async () => {
      const before = await aliceState();
      const body = {
        contact: { email: 'bob@example.com' },
        payment: { method: 'test_card', cardNumber: '4242 4242 4242 4242' },
        shippingAddress: { name: 'Bob', line1: '1 Test-ro', city: 'Seoul', postalCode: '04782', country: 'KR' },
      };
      const guest = await as('guest').post('/api/checkout', body, { idempotencyKey: 'guest-steal' });
      expect(guest.status).toBe(422);
      expect(guest.body.error?.code).toBe('cart_empty');
      // B's checkout places B's own bag (what B added above), never A's.
      const bobs = await as('B').post<{ order: Order }>('/api/checkout', body, { idempotencyKey: 'bob-1' });
      expect(bobs.status).toBe(201);
      expect(bobs.body.order.lines.every((l) => l.fulfillment.type === 'ship')).toBe(true);
      expect(await aliceState()).toEqual(before);
      // A's places A's bag.
      const bag = (await as('A').get<Cart>('/api/cart')).body;
      const alices = await as('A').post<{ order: Order }>(
        '/api/checkout',
        { ...body, contact: { email: alice.email } },
        { idempotencyKey: 'alice-2' },
      );
      expect(alices.status).toBe(201);
      // The same lines, in whatever order (two lines of one item, delivered and collected, may come either way).
      const what = (lines: { variantId: string | null; quantity: number; fulfillment: { type: string } }[]) =>
        lines.map((l) => JSON.stringify([l.variantId, l.quantity, l.fulfillment])).sort();
      expect(what(alices.body.order.lines)).toEqual(what(bag.lines));
      expect((await aliceState()).lines).toEqual([]);
    },
  },
  'get /api/orders': {
    rule: "the caller's orders and their verified phone's store orders",
    check: async () => {
      expect((await as('guest').get('/api/orders')).status).toBe(401);
      const bobs = (await as('B').get<{ orders: Order[] }>('/api/orders')).body.orders;
      expect(bobs.map((o) => o.id)).not.toContain(aliceOrder.id);
      expect(bobs.filter((o) => o.channel === 'store')).toEqual([]);
      const alices = (await as('A').get<{ orders: Order[] }>('/api/orders')).body.orders;
      expect(alices.map((o) => o.id)).toContain(aliceOrder.id);
      expect(new Set(alices.map((o) => o.channel))).toEqual(new Set(['online', 'store']));
    },
  },
  'get /api/orders/{id}': {
    rule: 'the owner, the verified phone, or the order token',
    check: async () => {
      const id = aliceOrder.id;
      for (const who of ['guest', 'B'] as const) {
        expect((await as(who).get(`/api/orders/${id}`)).status, who).toBe(404);
      }
      expect((await as('A').get(`/api/orders/${id}`)).status).toBe(200);
      const guestId = pickupOrder.order.id;
      const withToken = `/api/orders/${guestId}?token=${pickupOrder.accessToken}`;
      expect((await as('B').get(withToken)).status).toBe(200);
      expect((await as('B').get(`/api/orders/${guestId}?token=${'x'.repeat(43)}`)).status).toBe(404);
    },
  },
  'post /api/orders/{id}/buy-again': {
    rule: 'as the order',
    check: async () => {
      // The order's items, delivered: who may reorder is what is checked here.
      const again = () => ({
        lines: aliceOrder.lines.flatMap((l) => (l.variantId ? [{ variantId: l.variantId, quantity: 1 }] : [])),
        fulfillment: { type: 'ship' },
      });
      const id = aliceOrder.id;
      const before = await aliceState();
      for (const who of ['guest', 'B'] as const) {
        const res = await as(who).post(`/api/orders/${id}/buy-again`, again(), { idempotencyKey: `${who}-again` });
        expect(res.status, who).toBe(404);
      }
      expect(await aliceState()).toEqual(before);
      const mine = await as('A').post<Cart>(`/api/orders/${id}/buy-again`, again(), { idempotencyKey: 'A-again' });
      expect(mine.status).toBe(200);
      expect(mine.body.id).toBe(aliceCart.id);
      expect(mine.body.lines.map((l) => l.variantId)).toContain(aliceOrder.lines[0]!.variantId);
      expect(mine.body.notices?.map((n) => n.code)).toContain('added');
    },
  },
  'get /api/orders/lookup': {
    rule: 'the order number with its e-mail',
    check: async () => {
      const number = pickupOrder.order.number;
      const wrong = await as('B').get(`/api/orders/lookup?number=${number}&email=bob@example.com`);
      expect(wrong.status).toBe(404);
      const right = await as('guest').get(`/api/orders/lookup?number=${number}&email=guest@example.com`);
      expect(right.status).toBe(200);
    },
  },
  'get /api/account/export': {
    rule: 'the signed-in account only',
    check: async () => {
      expect((await as('guest').get('/api/account/export')).status).toBe(401);
      const text = JSON.stringify((await as('B').get('/api/account/export')).body);
      expect(text).toContain('bob@example.com');
      expect(text).not.toContain('alice@example.com');
      expect(text).not.toContain(aliceOrder.id);
      expect(text).not.toContain(alicePhone);
      const mine = await as('A').get('/api/account/export');
      expect(mine.status).toBe(200);
      expect(JSON.stringify(mine.body)).toContain(aliceOrder.id);
    },
  },
  'post /api/account/phone/start': {
    rule: 'a code to link needs a session; a code to sign in, anyone (answers alike for every phone: see phone-verification)',
    check: async () => {
      const start = (who: Who, phone: string, purpose: string) =>
        as(who).post('/api/account/phone/start', { phone, purpose });
      expect((await start('guest', '+821055550001', 'link')).status).toBe(401);
      expect((await start('guest', '+821055550002', 'sign_in')).status).toBe(202);
      expect((await start('B', '+821055550003', 'link')).status).toBe(202);
      expect((await start('A', '+821055550004', 'link')).status).toBe(202);
    },
  },
  'post /api/account/phone/verify': {
    rule: 'the signed-in account that asked for the code',
    check: async () => {
      const phone = '+821055550000';
      await as('A').post('/api/account/phone/start', { phone });
      const [message] = await db.db.select().from(outbox).where(eq(outbox.to, phone));
      const code = /\b(\d{6})\b/.exec(message!.body)![1]!;
      const verify = (who: Who) => as(who).post('/api/account/phone/verify', { phone, code });
      expect((await verify('guest')).status).toBe(401);
      expect((await verify('B')).status).toBe(400);
      const [bobRow] = await db.db.select().from(users).where(eq(users.id, bob.id));
      expect(bobRow!.phone).toBeNull();
      expect((await verify('A')).status).toBe(200);
      const [aliceRow] = await db.db.select().from(users).where(eq(users.id, alice.id));
      expect(aliceRow!.phone).toBe(phone);
      await db.db.update(users).set({ phone: alicePhone }).where(eq(users.id, alice.id));
    },
  },
  'delete /api/account/phone': {
    rule: "the signed-in account's own phone",
    check: async () => {
      const before = await aliceState();
      expect((await as('guest').delete('/api/account/phone')).status).toBe(401);
      // B's unlinks B's own phone (none): A's stays.
      expect((await as('B').delete('/api/account/phone')).status).toBe(200);
      expect((await aliceState()).phone).toBe(before.phone);
      expect((await as('A').delete('/api/account/phone')).status).toBe(200);
      expect((await aliceState()).phone).toBeNull();
      await db.db.update(users).set({ phone: alicePhone }).where(eq(users.id, alice.id));
    },
  },
  'delete /api/account': {
    rule: 'the signed-in account deletes itself only',
    check: async () => {
      const confirm = { confirm: true };
      expect((await as('guest').delete('/api/account', confirm)).status).toBe(401);
      const before = await aliceState();
      const carol = await makeUser(db.db, 'carol@example.com');
      expect((await api.as(carol).delete('/api/account', confirm)).status).toBe(200);
      expect(await db.db.select().from(users).where(eq(users.id, carol.id))).toEqual([]);
      expect(await aliceState()).toEqual(before);
    },
  },
  'post /api/account/signup': {
    rule: 'anyone; answers alike whether the e-mail is known, and never changes a known account',
    check: async () => {
      const before = await aliceState();
      const signUp = (email: string) =>
        as('guest').post('/api/account/signup', { email, password: 'a new password of mine', name: 'Mallory' });
      expect((await signUp(alice.email!)).status).toBe(201);
      expect(await aliceState()).toEqual(before);
      expect((await signUp('dave@example.com')).status).toBe(201);
      expect(await db.db.select({ id: users.id }).from(users).where(eq(users.email, 'dave@example.com'))).toHaveLength(
        1,
      );
    },
  },
  'get /api/wishlist': {
    rule: "the signed-in account's own list only",
    check: async () => {
      const [product] = await db.db.select({ id: products.id }).from(products).limit(1);
      expect((await as('guest').get('/api/wishlist')).status).toBe(401);
      expect((await as('A').put(`/api/wishlist/items/${product!.id}`)).status).toBe(200);
      const mine = await as('A').get<{ items: { id: string }[] }>('/api/wishlist');
      expect(mine.body.items.map((i) => i.id)).toContain(product!.id);
      const theirs = await as('B').get<{ items: { id: string }[] }>('/api/wishlist');
      expect(theirs.body.items.map((i) => i.id)).not.toContain(product!.id);
    },
  },
  'put /api/wishlist/items/{productId}': {
    rule: "a signed-in account changes its own list only (a guest's list stays on the device)",
    check: async () => {
      const [, product] = await db.db.select({ id: products.id }).from(products).limit(2);
      const path = `/api/wishlist/items/${product!.id}`;
      expect((await as('guest').put(path)).status).toBe(401);
      expect((await as('B').put(path)).status).toBe(200);
      const mine = await as('A').get<{ items: { id: string }[] }>('/api/wishlist');
      expect(mine.body.items.map((i) => i.id)).not.toContain(product!.id);
    },
  },
  'delete /api/wishlist/items/{productId}': {
    rule: "removes from the caller's own list only",
    check: async () => {
      const [product] = await db.db.select({ id: products.id }).from(products).limit(1);
      const path = `/api/wishlist/items/${product!.id}`;
      expect((await as('guest').delete(path)).status).toBe(401);
      expect((await as('B').delete(path)).status).toBe(200);
      const mine = await as('A').get<{ items: { id: string }[] }>('/api/wishlist');
      expect(mine.body.items.map((i) => i.id)).toContain(product!.id);
    },
  },
  'post /api/wishlist/merge': {
    rule: "merges into the caller's own list only",
    check: async () => {
      const [, , product] = await db.db.select({ id: products.id }).from(products).limit(3);
      const body = { productIds: [product!.id] };
      expect((await as('guest').post('/api/wishlist/merge', body)).status).toBe(401);
      expect((await as('B').post('/api/wishlist/merge', body)).status).toBe(200);
      const mine = await as('A').get<{ items: { id: string }[] }>('/api/wishlist');
      expect(mine.body.items.map((i) => i.id)).not.toContain(product!.id);
    },
  },
  'post /api/back-in-stock': {
    rule: "any shopper; a guest types the address, an account's own is used only for that account",
    check: async () => {
      const body = { variantId: item.variantId, storeId: item.storeId, channel: 'email' };
      expect((await as('guest').post('/api/back-in-stock', body)).status).toBe(422);
      const asB = await as('B').post<{ to: string }>('/api/back-in-stock', body);
      expect(asB.status).toBe(201);
      expect(asB.body.to).toBe(bob.email);
      const rows = await db.db.select().from(backInStockRequests).where(eq(backInStockRequests.to, alice.email!));
      expect(rows).toEqual([]);
    },
  },
  'post /api/dev/stock': {
    rule: 'test servers only: 404 for everyone unless AISLE_DEV_STOCK=1, even outside production',
    check: async () => {
      const body = { storeId: item.storeId, variantId: item.variantId, count: 5 };
      try {
        vi.stubEnv('AISLE_DEV_STOCK', '');
        for (const who of ['guest', 'A', 'B'] as const) {
          expect((await as(who).post('/api/dev/stock', body)).status, who).toBe(404);
        }
        vi.stubEnv('AISLE_DEV_STOCK', '1');
        expect((await as('guest').post('/api/dev/stock', body)).status).toBe(200);
      } finally {
        vi.unstubAllEnvs();
      }
    },
  },
  'get /api/dev/outbox': {
    rule: 'development only: in production, 404 for everyone unless AISLE_DEV_OUTBOX=1',
    check: async () => {
      try {
        vi.stubEnv('NODE_ENV', 'production');
        vi.stubEnv('AUTH_SECRET', 'a-production-secret-of-32-characters!');
        vi.stubEnv('POS_WEBHOOK_SECRET', 'a-production-pos-secret');
        vi.stubEnv('AISLE_DEV_OUTBOX', '');
        for (const who of ['guest', 'A', 'B'] as const) {
          const res = await as(who).get('/api/dev/outbox');
          expect(res.status, who).toBe(404);
          expect(res.body.error?.code, who).toBe('not_found');
        }
        vi.stubEnv('AISLE_DEV_OUTBOX', '1');
        expect((await as('guest').get('/api/dev/outbox')).status).toBe(200);
      } finally {
        vi.unstubAllEnvs();
      }
      expect((await as('guest').get('/api/dev/outbox')).status).toBe(200);
    },
  },
  'put /api/integrations/products/{handle}': {
    rule: 'an API key with catalog:write; shopper cookies are no key',
    check: async () => {
      const body = matrixProduct('Matrix Tote', 'MATRIX-TOTE');
      await expectKeyOnly(
        (client) => client.put('/api/integrations/products/matrix-tote', body),
        'catalog:write',
        CATALOG_TABLES,
        201,
      );
    },
  },
  'post /api/integrations/products/bulk': {
    rule: 'an API key with catalog:write; shopper cookies are no key',
    check: async () => {
      const line = JSON.stringify({ handle: 'matrix-bulk-tote', ...matrixProduct('Matrix Bulk Tote', 'MATRIX-BULK') });
      const ndjson = { raw: line, headers: { 'content-type': 'application/x-ndjson' } };
      await expectKeyOnly(
        (client) => client.post('/api/integrations/products/bulk', undefined, ndjson),
        'catalog:write',
        CATALOG_TABLES,
        200,
      );
    },
  },
  'post /api/integrations/stock': {
    rule: 'an API key with stock:write; shopper cookies are no key',
    check: async () => {
      const body = { counts: [{ location: 'online', sku: item.sku, onHand: 40, asOf: new Date().toISOString() }] };
      await expectKeyRequired('post', '/api/integrations/stock', body, 'stock:write', 200);
    },
  },
  'put /api/integrations/locations/{location}/safety-stock': {
    rule: 'an API key with stock:write; shopper cookies are no key',
    check: async () => {
      await expectKeyRequired(
        'put',
        '/api/integrations/locations/online/safety-stock',
        { default: 0 },
        'stock:write',
        200,
      );
    },
  },
  'post /api/pos/orders': {
    rule: 'a valid store signature',
    check: async () => {
      const body = tillSale({ externalId: 'till-1-0002', storeId: item.storeId, sku: item.sku });
      await expectSignatureRequired('/api/pos/orders', body, 201);
    },
  },
  'post /api/pos/pickups/{orderId}/ready': {
    rule: 'a valid store signature, for the pickup store',
    check: async () => {
      const path = `/api/pos/pickups/${pickupOrder.order.id}/ready`;
      const otherStore = pickupOrder.order.pickup!.storeId === item.storeId ? 'sto_other' : item.storeId;
      const wrongStore = await api.till().post(path, { storeId: otherStore });
      expect(wrongStore.status).toBeGreaterThanOrEqual(400);
      expect(wrongStore.status).toBeLessThan(500);
      await expectSignatureRequired(path, { storeId: item.storeId }, 200);
    },
  },
  'post /api/pos/pickups/{orderId}/collected': {
    rule: 'a valid store signature and the pickup code',
    check: async () => {
      const path = `/api/pos/pickups/${pickupOrder.order.id}/collected`;
      const wrongCode = await api
        .till()
        .post(path, { storeId: item.storeId, code: '000000' === pickupOrder.code ? '111111' : '000000' });
      expect(wrongCode.status).toBeGreaterThanOrEqual(400);
      expect(wrongCode.status).toBeLessThan(500);
      const body = { storeId: item.storeId, code: pickupOrder.code };
      await expectSignatureRequired(path, body, 200);
    },
  },
  'post /api/pos/offers/redeem': {
    rule: 'a valid store signature',
    check: async () => {
      const body = {
        code: 'AISLE20K',
        storeId: item.storeId,
        subtotal: 200000,
        externalId: 'r-1',
      };
      await expectSignatureRequired('/api/pos/offers/redeem', body, 201);
    },
  },
  'post /api/account/password-reset': {
    rule: 'anyone; the same answer whether or not the e-mail has an account',
    check: async () => {
      await makeUser(db.db, 'carol-reset@example.com');
      const unknown = await as('guest').post('/api/account/password-reset', { email: 'nobody-reset@example.com' });
      expect(unknown.status).toBe(202);
      for (const who of ['guest', 'A', 'B'] as const) {
        const r = await as(who).post('/api/account/password-reset', { email: 'carol-reset@example.com' });
        expect(r.status, who).toBe(202);
        expect(r.body, who).toEqual(unknown.body);
      }
      // The link goes to the account's own e-mail only, never to whoever asked.
      const mails = await db.db.select().from(outbox).where(eq(outbox.kind, 'password_reset'));
      expect(mails.map((m) => m.to)).toEqual(Array(3).fill('carol-reset@example.com'));
    },
  },
  'post /api/account/password-reset/confirm': {
    rule: 'anyone holding a live, unused link token; no session stands in for it',
    check: async () => {
      const before = await aliceState();
      const mails = await db.db.select().from(outbox).where(eq(outbox.to, 'carol-reset@example.com'));
      const token = /token=([\w-]+)/.exec(mails.at(-1)!.body)![1]!;
      for (const who of ['A', 'B'] as const) {
        const r = await as(who).post('/api/account/password-reset/confirm', {
          token: 'x'.repeat(43),
          password: 'taken over by someone',
        });
        expect(r.status, who).toBe(400);
      }
      const ok = await as('guest').post('/api/account/password-reset/confirm', { token, password: 'carol new secret' });
      expect(ok.status).toBe(200);
      expect(await aliceState()).toEqual(before);
    },
  },
  'patch /api/account/profile': {
    rule: "the signed-in account's own name; 401 for guests",
    check: async () => {
      const nameOf = async (id: string) => (await db.db.select().from(users).where(eq(users.id, id)))[0]!.name;
      expect((await as('guest').patch('/api/account/profile', { name: 'Mallory' })).status).toBe(401);
      const aliceName = await nameOf(alice.id);
      expect((await as('B').patch('/api/account/profile', { name: 'Bob B' })).status).toBe(200);
      expect(await nameOf(bob.id)).toBe('Bob B');
      expect(await nameOf(alice.id)).toBe(aliceName);
      expect((await as('A').patch('/api/account/profile', { name: 'Alice A' })).status).toBe(200);
      expect(await nameOf(alice.id)).toBe('Alice A');
    },
  },
  'put /api/account/password': {
    rule: "the signed-in account's own password, with the current one",
    check: async () => {
      const change = { currentPassword: 'correct horse battery', newPassword: 'a changed password' };
      expect((await as('guest').put('/api/account/password', change)).status).toBe(401);
      const before = await aliceState();
      expect((await as('B').put('/api/account/password', change)).status).toBe(200);
      expect(await aliceState()).toEqual(before);
      expect((await as('A').put('/api/account/password', change)).status).toBe(200);
      expect((await aliceState()).passwordHash).not.toBe(before.passwordHash);
    },
  },
  'post /api/account/addresses': {
    rule: "adds to the signed-in account's own book",
    check: async () => {
      expect((await as('guest').post('/api/account/addresses', homeAddress)).status).toBe(401);
      const bobs = await as('B').post<{ id: string }>('/api/account/addresses', { ...homeAddress, recipient: 'Bob' });
      expect(bobs.status).toBe(201);
      const mine = await as('A').post<{ id: string }>('/api/account/addresses', homeAddress);
      expect(mine.status).toBe(201);
      aliceAddressId = mine.body.id;
      const list = await as('A').get<{ addresses: { id: string }[] }>('/api/account/addresses');
      expect(list.body.addresses.map((x) => x.id)).toEqual([aliceAddressId]);
    },
  },
  'get /api/account/addresses': {
    rule: "the signed-in account's own addresses only",
    check: async () => {
      expect((await as('guest').get('/api/account/addresses')).status).toBe(401);
      const theirs = await as('B').get<{ addresses: { id: string }[] }>('/api/account/addresses');
      expect(theirs.status).toBe(200);
      expect(theirs.body.addresses.map((x) => x.id)).not.toContain(aliceAddressId);
      const mine = await as('A').get<{ addresses: { id: string; recipient: string }[] }>('/api/account/addresses');
      expect(mine.body.addresses.map((x) => x.id)).toEqual([aliceAddressId]);
    },
  },
  'put /api/account/addresses/{id}': {
    rule: "only the caller's own address; another's is 404",
    check: async () => {
      const path = `/api/account/addresses/${aliceAddressId}`;
      expect((await as('guest').put(path, { ...homeAddress, recipient: 'Mallory' })).status).toBe(401);
      expect((await as('B').put(path, { ...homeAddress, recipient: 'Mallory' })).status).toBe(404);
      const mine = await as('A').put<{ recipient: string }>(path, { ...homeAddress, recipient: 'Alice at home' });
      expect(mine.status).toBe(200);
      expect(mine.body.recipient).toBe('Alice at home');
    },
  },
  'delete /api/account/addresses/{id}': {
    rule: "only the caller's own address; another's is 404",
    check: async () => {
      const path = `/api/account/addresses/${aliceAddressId}`;
      expect((await as('guest').delete(path)).status).toBe(401);
      expect((await as('B').delete(path)).status).toBe(404);
      expect((await as('A').get<{ addresses: unknown[] }>('/api/account/addresses')).body.addresses).toHaveLength(1);
      expect((await as('A').delete(path)).status).toBe(200);
      expect((await as('A').get<{ addresses: unknown[] }>('/api/account/addresses')).body.addresses).toEqual([]);
    },
  },
  'put /api/integrations/stores/{code}': {
    rule: 'an API key with stores:write; never a shopper',
    check: async () => {
      await expectKeyOnly(
        (client) => client.put('/api/integrations/stores/matrix', storeBody()),
        'stores:write',
        ['stores', 'inventory_locations'],
        201,
      );
    },
  },
  'get /api/integrations/orders': {
    rule: "an API key with orders:read; never a shopper (the shopper's own orders are GET /api/orders)",
    check: async () => {
      await expectKeyOnly((client) => client.get('/api/integrations/orders'), 'orders:read', [], 200);
    },
  },
  'post /api/integrations/webhooks': {
    rule: 'an API key with webhooks:write; nothing else, and nothing written on a refusal',
    check: async () => {
      const body = { url: 'https://hooks.example.com/aisle', events: ['order.created'] };
      await expectKeyScopeOnly(db.db, {
        scope: 'webhooks:write',
        shopper: alice,
        call: (client) => client.post('/api/integrations/webhooks', body),
        state: webhookState,
      });
      expect(
        (await api.key(await keyWith(db, ['webhooks:write'])).post('/api/integrations/webhooks', body)).status,
      ).toBe(201);
    },
  },
  'get /api/integrations/webhooks': {
    rule: 'an API key with webhooks:write (every webhook of the retailer, never a secret)',
    check: async () => {
      await expectKeyScopeOnly(db.db, {
        scope: 'webhooks:write',
        shopper: alice,
        call: (client) => client.get('/api/integrations/webhooks'),
        state: webhookState,
      });
      expect((await api.key(await keyWith(db, ['webhooks:write'])).get('/api/integrations/webhooks')).status).toBe(200);
    },
  },
  'delete /api/integrations/webhooks/{id}': {
    rule: 'an API key with webhooks:write',
    check: async () => {
      const { id } = await aWebhook();
      await expectKeyScopeOnly(db.db, {
        scope: 'webhooks:write',
        shopper: alice,
        call: (client) => client.delete(`/api/integrations/webhooks/${id}`),
        state: webhookState,
      });
      const key = api.key(await keyWith(db, ['webhooks:write']));
      expect((await key.delete(`/api/integrations/webhooks/${id}`)).status).toBe(200);
    },
  },
  'get /api/integrations/webhooks/{id}/deliveries': {
    rule: 'an API key with webhooks:write',
    check: async () => {
      const { id } = await aWebhook();
      await expectKeyScopeOnly(db.db, {
        scope: 'webhooks:write',
        shopper: alice,
        call: (client) => client.get(`/api/integrations/webhooks/${id}/deliveries`),
        state: webhookState,
      });
      const key = api.key(await keyWith(db, ['webhooks:write']));
      expect((await key.get(`/api/integrations/webhooks/${id}/deliveries`)).status).toBe(200);
    },
  },
  'post /api/integrations/webhooks/{id}/deliveries/{deliveryId}/resend': {
    rule: 'an API key with webhooks:write; a refusal leaves the delivery as it was',
    check: async () => {
      const { id } = await aWebhook();
      await inTransaction(db.db, (tx) =>
        emitEvent(tx, { type: 'order.created', data: { orderId: 'ord_x' } }, new Date()),
      );
      const [delivery] = await db.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, id));
      await db.db.update(webhookDeliveries).set({ status: 'failed' }).where(eq(webhookDeliveries.id, delivery!.id));
      const path = `/api/integrations/webhooks/${id}/deliveries/${delivery!.id}/resend`;
      await expectKeyScopeOnly(db.db, {
        scope: 'webhooks:write',
        shopper: alice,
        call: (client) => client.post(path),
        state: webhookState,
      });
      const key = api.key(await keyWith(db, ['webhooks:write']));
      expect((await key.post(path)).status).toBe(202);
    },
  },
  'post /api/orders/{id}/cancel': {
    rule: 'who may see the online order (its account or token holder); others 404',
    check: async () => {
      // Last of the rows: A's order is cancelled for good.
      const path = `/api/orders/${aliceOrder.id}/cancel`;
      for (const who of ['guest', 'B'] as const) {
        expect((await as(who).post(path)).status, who).toBe(404);
        expect((await as('A').get<Order>(`/api/orders/${aliceOrder.id}`)).body.status, who).not.toBe('cancelled');
      }
      const mine = await as('A').post<Order>(path);
      expect(mine.status).toBe(200);
      expect(mine.body.status).toBe('cancelled');
    },
  },
};

/** expectKeyScopeOnly (nothing in `tables` changes on a refusal), then a live key with the scope gets `success`. */
async function expectKeyOnly(
  send: (client: typeof api) => Promise<Answer>,
  scope: KeyScope,
  tables: string[],
  success: number,
) {
  const state = async () => (tables.length ? dbFingerprint(db.db, tables) : {});
  await expectKeyScopeOnly(db.db, { scope, call: send, shopper: alice, state });
  const ok = await send(api.key(await keyWith(db, [scope])));
  expect(ok.status, JSON.stringify(ok.body)).toBe(success);
}

/** Unsigned, badly signed, signed with another secret, or stale: 401 and nothing done. Then the real signature works. */
async function expectSignatureRequired(path: string, body: unknown, success: number) {
  const shopper = as('A'); // a shopper's session is no substitute for a store's signature
  const raw = JSON.stringify(body);
  const tampered = raw.replace('KRW', 'USD').replace(/"storeId":"[^"]*"/, '"storeId":"sto_x"');
  for (const refused of [
    () => shopper.post(path, body),
    () => shopper.till({ secret: 'not-the-shared-secret-at-all' }).post(path, body),
    () => shopper.till({ at: Math.floor(Date.now() / 1000) - 3_600 }).post(path, body),
    () => shopper.till().post(path, body, { raw: tampered, signed: raw }),
  ]) {
    expect((await refused()).status, path).toBe(401);
  }
  const ok = await shopper.till().post(path, body);
  expect(ok.status, `${path} ${JSON.stringify(ok.body)}`).toBe(success);
}

/** A stock route: a key with `scope` alone, and no stock, adjustment or event written on a refusal. */
async function expectKeyRequired(
  method: 'post' | 'put',
  path: string,
  body: unknown,
  scope: KeyScope,
  success: number,
) {
  const tables = ['stock_levels', 'stock_adjustments', 'inventory_locations', 'integration_events'];
  await expectKeyOnly((client) => client[method](path, body), scope, tables, success);
}

/** Operations that serve everyone alike (catalog, stores, offers by place, health, docs). */
const PUBLIC = new Set([
  'get /api/products',
  'get /api/products/{handle}',
  'get /api/categories',
  'get /api/stores',
  'get /api/availability',
  'get /api/offers',
  'get /api/product-cards',
  'get /api/suggestions',
  'get /api/health',
  'get /api/openapi.json',
]);
/** next-auth's own routes (sign-in, sign-out, session): covered end to end. */
const NEXT_AUTH = /^(get|post) \/api\/auth\//;
/**
 * The staff console's routes: every one × role × store in staff-authorization.test.ts (which
 * fails on one without a row); sign-in and set-password, which need no session, in staff-sign-in.test.ts.
 */
const STAFF = /^\w+ \/api\/staff\//;

describe(`authorization matrix (${DB_LABEL})`, () => {
  for (const [operation, row] of Object.entries(matrix)) {
    if (!row.check) continue;
    it(`${operation}: ${row.rule}`, row.check);
  }

  it('has a row for every operation in the OpenAPI document', async () => {
    const doc = (await api.get<{ paths: Record<string, Record<string, unknown>> }>('/api/openapi.json')).body;
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m} ${path}`),
    );
    const missing = operations.filter(
      (op) => !(op in matrix) && !PUBLIC.has(op) && !NEXT_AUTH.test(op) && !STAFF.test(op),
    );
    expect(missing).toEqual([]);
  });
});
