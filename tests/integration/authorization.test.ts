import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as signUpRoute } from '@/app/api/account/signup/route';
import { DELETE as deleteAccountRoute } from '@/app/api/account/route';
import { GET as exportRoute } from '@/app/api/account/export/route';
import { DELETE as unlinkPhoneRoute } from '@/app/api/account/phone/route';
import { POST as phoneStartRoute } from '@/app/api/account/phone/start/route';
import { POST as phoneVerifyRoute } from '@/app/api/account/phone/verify/route';
import { GET as cartRoute } from '@/app/api/cart/route';
import { DELETE as deleteLineRoute, PATCH as patchLineRoute } from '@/app/api/cart/lines/[lineId]/route';
import { POST as addLineRoute } from '@/app/api/cart/lines/route';
import { DELETE as clearNoticesRoute } from '@/app/api/cart/notices/route';
import { DELETE as removeCodeRoute, POST as offerCodeRoute } from '@/app/api/cart/offer-code/route';
import { PUT as pickupStoreRoute } from '@/app/api/cart/pickup-store/route';
import { POST as checkoutRoute } from '@/app/api/checkout/route';
import { GET as outboxRoute } from '@/app/api/dev/outbox/route';
import { GET as openApiRoute } from '@/app/api/openapi.json/route';
import { POST as buyAgainRoute } from '@/app/api/orders/[id]/buy-again/route';
import { GET as orderRoute } from '@/app/api/orders/[id]/route';
import { GET as lookupRoute } from '@/app/api/orders/lookup/route';
import { GET as ordersRoute } from '@/app/api/orders/route';
import { POST as redeemRoute } from '@/app/api/pos/offers/redeem/route';
import { POST as posOrderRoute } from '@/app/api/pos/orders/route';
import { POST as collectedRoute } from '@/app/api/pos/pickups/[orderId]/collected/route';
import { POST as readyRoute } from '@/app/api/pos/pickups/[orderId]/ready/route';
import type { SessionUser } from '@/lib/auth/schema';
import { ownerTag } from '@/lib/cart/owner-tag';
import type { Cart } from '@/lib/cart/schema';
import { provideDb } from '@/lib/db';
import { outbox, users } from '@/lib/db/schema';
import { DEVELOPMENT_AUTH_SECRET } from '@/lib/env';
import type { Order } from '@/lib/orders/schema';
import { acting } from '../support/acting-user';
import { makeUser } from '../support/accounts';
import { callRoute } from '../support/call-route';
import { guestCartWith, pickStoreVariant, setStock } from '../support/checkout-fixtures';
import { signedPosInit } from '../support/pos-request';
import { createTestDb, type TestDb } from '../support/test-db';

vi.mock('@/lib/auth/session', () => ({ getSessionUser: async () => acting.user, rotateSession: async () => {} }));

type Handler = Parameters<typeof callRoute>[0];
type Who = 'guest' | 'A' | 'B';
type ErrorBody = { error?: { code: string } };

let db: TestDb;
let alice: SessionUser;
let bob: SessionUser;
let item: { variantId: string; storeId: string; locationId: string; sku: string };
let aliceCart: Cart;
let aliceOrder: Order;
let pickupOrder: { order: Order; accessToken: string; code: string };
const alicePhone = '+821066661111';

function as(who: Who) {
  acting.user = who === 'A' ? alice : who === 'B' ? bob : null;
}

async function call<T>(who: Who, handler: Handler, path: string, opts: Parameters<typeof callRoute>[2] = {}) {
  as(who);
  return callRoute<T & ErrorBody>(handler, path, opts);
}

const json = (method: string, body: unknown, headers: Record<string, string> = {}) => ({
  method,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
});

/** The state of A's things, to show that nothing B or a guest did changed them. */
async function aliceState() {
  const cart = (await call<Cart>('A', cartRoute, '/api/cart')).body;
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
  const cart = (await call<Cart>('A', cartRoute, '/api/cart')).body;
  expect(cart.id).toBe(aliceCart.id);
  return cart.lines[0]!;
}

type Answer = { status: number; body: Cart & ErrorBody };

/**
 * A write to "the caller's bag" reaches A's bag for A alone. Sent with A's owner tag (as A's
 * offline queue would replay it) it is refused for a guest and for B; without the tag it goes
 * to their own bags (`others`: 200 there, or 404 for a line of A's). A's own, tagged, succeeds.
 */
async function expectOwnBagOnly(
  send: (who: Who, headers: Record<string, string>) => Promise<Answer>,
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
  db = await createTestDb();
  provideDb(db);
  item = await pickStoreVariant(db.db, 12);
  await setStock(db.db, item.locationId, item.variantId, 50);
  alice = await makeUser(db.db, 'alice@example.com');
  bob = await makeUser(db.db, 'bob@example.com');
  await db.db.update(users).set({ phone: alicePhone, phoneVerifiedAt: new Date() }).where(eq(users.id, alice.id));
  alice = { ...alice, phone: alicePhone };

  // A's online order (pickup, pay at the store), then a fresh line in A's bag.
  const line = { variantId: item.variantId, quantity: 1, fulfillment: { type: 'pickup', storeId: item.storeId } };
  expect((await call('A', addLineRoute, '/api/cart/lines', { init: json('POST', line) })).status).toBe(200);
  const placed = await call<{ order: Order }>('A', checkoutRoute, '/api/checkout', {
    init: json(
      'POST',
      { contact: { email: alice.email }, payment: { method: 'pay_at_pickup' } },
      { 'idempotency-key': 'alice-1' },
    ),
  });
  expect(placed.status).toBe(201);
  aliceOrder = placed.body.order;
  aliceCart = (await call<Cart>('A', addLineRoute, '/api/cart/lines', { init: json('POST', line) })).body;
  expect(aliceCart.lines).toHaveLength(1);

  // A guest's pickup order, for the store routes.
  const guest = await guestCartWith(db.db, item, 1);
  const guestOrder = await call<{ order: Order; accessToken: string }>('guest', checkoutRoute, '/api/checkout', {
    init: {
      ...json('POST', { contact: { email: 'guest@example.com' }, payment: { method: 'pay_at_pickup' } }),
      headers: {
        'content-type': 'application/json',
        'idempotency-key': 'guest-1',
        cookie: `aisle-cart=${guest.token}`,
      },
    },
  });
  expect(guestOrder.status).toBe(201);
  const code = guestOrder.body.order.pickup?.code;
  expect(code).toBeTruthy();
  pickupOrder = { ...guestOrder.body, code: code! };

  // An in-store sale with A's phone.
  const posted = await callRoute(
    posOrderRoute,
    '/api/pos/orders',
    signedPosInit({
      externalId: 'till-1-0001',
      storeId: item.storeId,
      phone: '010-6666-1111',
      placedAt: new Date().toISOString(),
      currency: 'KRW',
      lines: [{ sku: item.sku, quantity: 1, unitPrice: 39000 }],
      total: 39000,
    }),
  );
  expect(posted.status).toBe(201);
});
afterAll(async () => {
  acting.user = null;
  provideDb(undefined);
  await db.drop();
});

/**
 * Every operation of the BFF, and who may use it. A new route fails the last test until it is
 * given a row here, with a check of what a guest, account A and account B can do to A's things.
 */
const matrix: Record<string, { rule: string; check?: () => Promise<void> }> = {
  // Account basics: checked in tests/integration/account-basics.test.ts (owner only, 401 for guests, 404 for others).
  'post /api/account/password-reset': { rule: 'anyone; the same answer whether or not the e-mail has an account' },
  'post /api/account/password-reset/confirm': { rule: 'anyone holding a live, unused link token' },
  'patch /api/account/profile': { rule: "the signed-in account's own name; 401 for guests" },
  'put /api/account/password': { rule: "the signed-in account's own password, with the current one" },
  'get /api/account/addresses': { rule: "the signed-in account's own addresses only" },
  'post /api/account/addresses': { rule: "adds to the signed-in account's own book" },
  'put /api/account/addresses/{id}': { rule: "only the caller's own address; another's is 404" },
  'delete /api/account/addresses/{id}': { rule: "only the caller's own address; another's is 404" },
  'post /api/orders/{id}/cancel': { rule: 'who may see the online order (its account or token holder); others 404' },
  'get /api/cart': {
    rule: "the caller's own bag",
    check: async () => {
      for (const who of ['guest', 'B'] as const) {
        const res = await call<Cart>(who, cartRoute, '/api/cart');
        expect(res.status, who).toBe(200);
        expect(res.body.id, who).not.toBe(aliceCart.id);
        expect(res.body.lines, who).toEqual([]);
      }
      const mine = await call<Cart>('A', cartRoute, '/api/cart');
      expect(mine.status).toBe(200);
      expect(mine.body.id).toBe(aliceCart.id);
      expect(mine.body.lines).toHaveLength(1);
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
        call<Cart>(who, addLineRoute, '/api/cart/lines', { init: json('POST', who === 'A' ? pickup : ship, headers) }),
      );
      expect(cart.lines.find((l) => l.variantId === item.variantId)?.quantity).toBe(before + 1);
    },
  },
  'patch /api/cart/lines/{lineId}': {
    rule: "only a line of the caller's own bag",
    check: async () => {
      const { id: lineId, quantity } = await aliceLine();
      const cart = await expectOwnBagOnly(
        (who, headers) =>
          call<Cart>(who, patchLineRoute, `/api/cart/lines/${lineId}`, {
            params: { lineId },
            init: json('PATCH', { quantity: quantity + 1 }, headers),
          }),
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
        (who, headers) =>
          call<Cart>(who, deleteLineRoute, `/api/cart/lines/${lineId}`, {
            params: { lineId },
            init: { method: 'DELETE', headers },
          }),
        404,
      );
      expect(cart.lines.map((l) => l.id)).not.toContain(lineId);
      // The line back, for the rows after.
      const back = await call('A', addLineRoute, '/api/cart/lines', {
        init: json('POST', { variantId, quantity, fulfillment }),
      });
      expect(back.status).toBe(200);
    },
  },
  'put /api/cart/pickup-store': {
    rule: "the caller's own bag",
    check: async () => {
      const cleared = await call<Cart>('A', pickupStoreRoute, '/api/cart/pickup-store', {
        init: json('PUT', { storeId: null }),
      });
      expect(cleared.body.pickupStoreId).toBeNull();
      const cart = await expectOwnBagOnly((who, headers) =>
        call<Cart>(who, pickupStoreRoute, '/api/cart/pickup-store', {
          init: json('PUT', { storeId: item.storeId }, headers),
        }),
      );
      expect(cart.pickupStoreId).toBe(item.storeId);
    },
  },
  'post /api/cart/offer-code': {
    rule: "the caller's own bag",
    check: async () => {
      // AISLE20K takes 20,000 off 80,000 or more: enough of the item in A's bag for it to apply.
      const line = await aliceLine();
      const quantity = Math.ceil(80_000 / line.unitPrice.amount);
      expect(quantity).toBeLessThanOrEqual(10);
      const patched = await call('A', patchLineRoute, `/api/cart/lines/${line.id}`, {
        params: { lineId: line.id },
        init: json('PATCH', { quantity }),
      });
      expect(patched.status).toBe(200);
      const cart = await expectOwnBagOnly((who, headers) =>
        call<Cart>(who, offerCodeRoute, '/api/cart/offer-code', { init: json('POST', { code: 'AISLE20K' }, headers) }),
      );
      expect(cart.offerCode).toEqual({ code: 'AISLE20K', status: 'applied' });
      expect(cart.discounts.find((d) => d.code === 'AISLE20K')?.amount.amount).toBe(20_000);
    },
  },
  'delete /api/cart/offer-code': {
    rule: "the caller's own bag",
    check: async () => {
      const entered = await call<Cart>('A', offerCodeRoute, '/api/cart/offer-code', {
        init: json('POST', { code: 'AISLE20K' }),
      });
      expect(entered.body.offerCode?.code).toBe('AISLE20K');
      const cart = await expectOwnBagOnly((who, headers) =>
        call<Cart>(who, removeCodeRoute, '/api/cart/offer-code', { init: { method: 'DELETE', headers } }),
      );
      expect(cart.offerCode).toBeNull();
    },
  },
  'delete /api/cart/notices': {
    rule: "the caller's own bag",
    check: async () => {
      // A notice on A's bag: a guest bag merged into it when A signs in on that device.
      const guest = await guestCartWith(db.db, item, 1);
      as('A');
      const merged = await callRoute<Cart>(cartRoute, '/api/cart', {
        init: { headers: { cookie: `aisle-cart=${guest.token}` } },
      });
      expect(merged.body.notices?.map((n) => n.code)).toContain('merged');
      const cart = await expectOwnBagOnly((who, headers) =>
        call<Cart>(who, clearNoticesRoute, '/api/cart/notices', { init: { method: 'DELETE', headers } }),
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
      const guest = await call('guest', checkoutRoute, '/api/checkout', {
        init: json('POST', body, { 'idempotency-key': 'guest-steal' }),
      });
      expect(guest.status).toBe(422);
      expect(guest.body.error?.code).toBe('cart_empty');
      // B's checkout places B's own bag (what B added above), never A's.
      const bobs = await call<{ order: Order }>('B', checkoutRoute, '/api/checkout', {
        init: json('POST', body, { 'idempotency-key': 'bob-1' }),
      });
      expect(bobs.status).toBe(201);
      expect(bobs.body.order.lines.every((l) => l.fulfillment.type === 'ship')).toBe(true);
      expect(await aliceState()).toEqual(before);
      // A's places A's bag.
      const bag = (await call<Cart>('A', cartRoute, '/api/cart')).body;
      const alices = await call<{ order: Order }>('A', checkoutRoute, '/api/checkout', {
        init: json(
          'POST',
          { contact: { email: alice.email }, payment: { method: 'pay_at_pickup' } },
          { 'idempotency-key': 'alice-2' },
        ),
      });
      expect(alices.status).toBe(201);
      expect(alices.body.order.lines.map((l) => [l.variantId, l.quantity])).toEqual(
        bag.lines.map((l) => [l.variantId, l.quantity]),
      );
      expect((await aliceState()).lines).toEqual([]);
    },
  },
  'get /api/orders': {
    rule: "the caller's orders and their verified phone's store orders",
    check: async () => {
      expect((await call('guest', ordersRoute, '/api/orders')).status).toBe(401);
      const bobs = (await call<{ orders: Order[] }>('B', ordersRoute, '/api/orders')).body.orders;
      expect(bobs.map((o) => o.id)).not.toContain(aliceOrder.id);
      expect(bobs.filter((o) => o.channel === 'store')).toEqual([]);
      const alices = (await call<{ orders: Order[] }>('A', ordersRoute, '/api/orders')).body.orders;
      expect(alices.map((o) => o.id)).toContain(aliceOrder.id);
      expect(new Set(alices.map((o) => o.channel))).toEqual(new Set(['online', 'store']));
    },
  },
  'get /api/orders/{id}': {
    rule: 'the owner, the verified phone, or the order token',
    check: async () => {
      const id = aliceOrder.id;
      for (const who of ['guest', 'B'] as const) {
        expect((await call(who, orderRoute, `/api/orders/${id}`, { params: { id } })).status, who).toBe(404);
      }
      expect((await call('A', orderRoute, `/api/orders/${id}`, { params: { id } })).status).toBe(200);
      const guestId = pickupOrder.order.id;
      const withToken = `/api/orders/${guestId}?token=${pickupOrder.accessToken}`;
      expect((await call('B', orderRoute, withToken, { params: { id: guestId } })).status).toBe(200);
      expect(
        (await call('B', orderRoute, `/api/orders/${guestId}?token=${'x'.repeat(43)}`, { params: { id: guestId } }))
          .status,
      ).toBe(404);
    },
  },
  'post /api/orders/{id}/buy-again': {
    rule: 'as the order',
    check: async () => {
      const id = aliceOrder.id;
      const before = await aliceState();
      for (const who of ['guest', 'B'] as const) {
        const res = await call(who, buyAgainRoute, `/api/orders/${id}/buy-again`, {
          params: { id },
          init: { method: 'POST', headers: { 'idempotency-key': `${who}-again` } },
        });
        expect(res.status, who).toBe(404);
      }
      expect(await aliceState()).toEqual(before);
      const mine = await call<Cart>('A', buyAgainRoute, `/api/orders/${id}/buy-again`, {
        params: { id },
        init: { method: 'POST', headers: { 'idempotency-key': 'A-again' } },
      });
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
      const wrong = await call('B', lookupRoute, `/api/orders/lookup?number=${number}&email=bob@example.com`);
      expect(wrong.status).toBe(404);
      const right = await call('guest', lookupRoute, `/api/orders/lookup?number=${number}&email=guest@example.com`);
      expect(right.status).toBe(200);
    },
  },
  'get /api/account/export': {
    rule: 'the signed-in account only',
    check: async () => {
      expect((await call('guest', exportRoute, '/api/account/export')).status).toBe(401);
      const text = JSON.stringify((await call('B', exportRoute, '/api/account/export')).body);
      expect(text).toContain('bob@example.com');
      expect(text).not.toContain('alice@example.com');
      expect(text).not.toContain(aliceOrder.id);
      expect(text).not.toContain(alicePhone);
      const mine = await call('A', exportRoute, '/api/account/export');
      expect(mine.status).toBe(200);
      expect(JSON.stringify(mine.body)).toContain(aliceOrder.id);
    },
  },
  'post /api/account/phone/start': {
    rule: 'a code to link needs a session; a code to sign in, anyone (answers alike for every phone: see phone-verification)',
    check: async () => {
      const start = (who: Who, phone: string, purpose: string) =>
        call(who, phoneStartRoute, '/api/account/phone/start', { init: json('POST', { phone, purpose }) });
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
      as('A');
      await callRoute(phoneStartRoute, '/api/account/phone/start', { init: json('POST', { phone }) });
      const [message] = await db.db.select().from(outbox).where(eq(outbox.to, phone));
      const code = /\b(\d{6})\b/.exec(message!.body)![1]!;
      const verify = (who: Who) =>
        call(who, phoneVerifyRoute, '/api/account/phone/verify', { init: json('POST', { phone, code }) });
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
      expect((await call('guest', unlinkPhoneRoute, '/api/account/phone', { init: { method: 'DELETE' } })).status).toBe(
        401,
      );
      // B's unlinks B's own phone (none): A's stays.
      expect((await call('B', unlinkPhoneRoute, '/api/account/phone', { init: { method: 'DELETE' } })).status).toBe(
        200,
      );
      expect((await aliceState()).phone).toBe(before.phone);
      expect((await call('A', unlinkPhoneRoute, '/api/account/phone', { init: { method: 'DELETE' } })).status).toBe(
        200,
      );
      expect((await aliceState()).phone).toBeNull();
      await db.db.update(users).set({ phone: alicePhone }).where(eq(users.id, alice.id));
    },
  },
  'delete /api/account': {
    rule: 'the signed-in account deletes itself only',
    check: async () => {
      const init = json('DELETE', { confirm: true });
      expect((await call('guest', deleteAccountRoute, '/api/account', { init })).status).toBe(401);
      const before = await aliceState();
      const carol = await makeUser(db.db, 'carol@example.com');
      acting.user = carol;
      expect((await callRoute(deleteAccountRoute, '/api/account', { init })).status).toBe(200);
      expect(await db.db.select().from(users).where(eq(users.id, carol.id))).toEqual([]);
      expect(await aliceState()).toEqual(before);
    },
  },
  'post /api/account/signup': {
    rule: 'anyone; answers alike whether the e-mail is known, and never changes a known account',
    check: async () => {
      const before = await aliceState();
      const signUp = (email: string) =>
        call('guest', signUpRoute, '/api/account/signup', {
          init: json('POST', { email, password: 'a new password of mine', name: 'Mallory' }),
        });
      expect((await signUp(alice.email!)).status).toBe(201);
      expect(await aliceState()).toEqual(before);
      expect((await signUp('dave@example.com')).status).toBe(201);
      expect(await db.db.select({ id: users.id }).from(users).where(eq(users.email, 'dave@example.com'))).toHaveLength(
        1,
      );
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
          const res = await call(who, outboxRoute, '/api/dev/outbox');
          expect(res.status, who).toBe(404);
          expect(res.body.error?.code, who).toBe('not_found');
        }
        vi.stubEnv('AISLE_DEV_OUTBOX', '1');
        expect((await call('guest', outboxRoute, '/api/dev/outbox')).status).toBe(200);
      } finally {
        vi.unstubAllEnvs();
      }
      expect((await call('guest', outboxRoute, '/api/dev/outbox')).status).toBe(200);
    },
  },
  'post /api/pos/orders': {
    rule: 'a valid store signature',
    check: async () => {
      const body = {
        externalId: 'till-1-0002',
        storeId: item.storeId,
        placedAt: new Date().toISOString(),
        currency: 'KRW',
        lines: [{ sku: item.sku, quantity: 1, unitPrice: 39000 }],
        total: 39000,
      };
      await expectSignatureRequired(posOrderRoute, '/api/pos/orders', body, {}, 201);
    },
  },
  'post /api/pos/pickups/{orderId}/ready': {
    rule: 'a valid store signature, for the pickup store',
    check: async () => {
      const orderId = pickupOrder.order.id;
      const path = `/api/pos/pickups/${orderId}/ready`;
      const otherStore = pickupOrder.order.pickup!.storeId === item.storeId ? 'sto_other' : item.storeId;
      const wrongStore = await callRoute(readyRoute, path, {
        params: { orderId },
        ...signedPosInit({ storeId: otherStore }),
      });
      expect(wrongStore.status).toBeGreaterThanOrEqual(400);
      expect(wrongStore.status).toBeLessThan(500);
      await expectSignatureRequired(readyRoute, path, { storeId: item.storeId }, { orderId }, 200);
    },
  },
  'post /api/pos/pickups/{orderId}/collected': {
    rule: 'a valid store signature and the pickup code',
    check: async () => {
      const orderId = pickupOrder.order.id;
      const path = `/api/pos/pickups/${orderId}/collected`;
      const wrongCode = await callRoute(collectedRoute, path, {
        params: { orderId },
        ...signedPosInit({ storeId: item.storeId, code: '000000' === pickupOrder.code ? '111111' : '000000' }),
      });
      expect(wrongCode.status).toBeGreaterThanOrEqual(400);
      expect(wrongCode.status).toBeLessThan(500);
      const body = { storeId: item.storeId, code: pickupOrder.code };
      await expectSignatureRequired(collectedRoute, path, body, { orderId }, 200);
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
      await expectSignatureRequired(redeemRoute, '/api/pos/offers/redeem', body, {}, 201);
    },
  },
};

/** Unsigned, badly signed, signed with another secret, or stale: 401 and nothing done. Then the real signature works. */
async function expectSignatureRequired(
  handler: Handler,
  path: string,
  body: unknown,
  params: Record<string, string>,
  success: number,
) {
  as('A'); // a shopper's session is no substitute for a store's signature
  const raw = JSON.stringify(body);
  const unsigned = { method: 'POST', body: raw, headers: { 'content-type': 'application/json' } };
  const forged = signedPosInit(body, { secret: 'not-the-shared-secret-at-all' });
  const stale = signedPosInit(body, { at: Math.floor(Date.now() / 1000) - 3_600 });
  const tampered = signedPosInit(body);
  tampered.init.body = raw.replace('KRW', 'USD').replace(/"storeId":"[^"]*"/, '"storeId":"sto_x"');
  for (const init of [unsigned, forged.init, stale.init, tampered.init]) {
    const res = await callRoute<ErrorBody>(handler, path, { params, init });
    expect(res.status, path).toBe(401);
  }
  const ok = await callRoute<ErrorBody>(handler, path, { params, ...signedPosInit(body) });
  expect(ok.status, `${path} ${JSON.stringify(ok.body)}`).toBe(success);
}

/** Operations that serve everyone alike (catalog, stores, offers by place, health, docs). */
const PUBLIC = new Set([
  'get /api/products',
  'get /api/products/{handle}',
  'get /api/categories',
  'get /api/stores',
  'get /api/availability',
  'get /api/offers',
  'get /api/health',
  'get /api/openapi.json',
]);
/** next-auth's own routes (sign-in, sign-out, session): covered end to end. */
const NEXT_AUTH = /^(get|post) \/api\/auth\//;

describe(`authorization matrix (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  for (const [operation, row] of Object.entries(matrix)) {
    if (!row.check) continue;
    it(`${operation}: ${row.rule}`, row.check);
  }

  it('has a row for every operation in the OpenAPI document', async () => {
    const doc = (await callRoute<{ paths: Record<string, Record<string, unknown>> }>(openApiRoute, '/api/openapi.json'))
      .body;
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m} ${path}`),
    );
    const missing = operations.filter((op) => !(op in matrix) && !PUBLIC.has(op) && !NEXT_AUTH.test(op));
    expect(missing).toEqual([]);
  });
});
