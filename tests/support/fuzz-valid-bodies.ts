import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { addAddress } from '@/lib/addresses/address-book';
import { MAX_ADDRESSES } from '@/lib/addresses/schema';
import type { SessionUser } from '@/lib/auth/schema';
import { addLine } from '@/lib/cart/mutate-cart';
import { findOrCreateCartId } from '@/lib/cart/find-cart';
import { newGuestToken } from '@/lib/cart/guest-cookie';
import { readCart } from '@/lib/cart/read-cart';
import type { Db } from '@/lib/db';
import { addresses, cartLines, carts, outbox, passwordResetTokens, stores, users, variants } from '@/lib/db/schema';
import { placeOrder } from '@/lib/orders/place-order';
import { toE164 } from '@/lib/phone/normalize';
import type { KeyScope } from '@/lib/integrations/scopes';
import { keyWith } from './api-keys';
import { sendHandoff } from '@/lib/endless-aisle/send-handoff';
import { offerExamples } from './fuzz-offer-bodies';
import { staffExamples } from './fuzz-staff-bodies';
import { storeBody } from './store-fixtures';

/**
 * The second fuzz mode: for every operation with a JSON body, a request it accepts, broken one
 * field at a time. A body that is wrong everywhere stops at the schema; one wrong field in an
 * otherwise valid body reaches the handler, its queries and its transactions.
 */

/** What the valid requests refer to; made by the test before it takes its baseline. */
export type FuzzWorld = {
  db: Db;
  /** The signed-in shopper (made again after a valid `DELETE /api/account`). */
  user: () => SessionUser;
  /** A variant in stock at a store (`storeId`) and at the warehouse. */
  item: { variantId: string; sku: string; storeId: string };
  /** A guest's pickup order at `item.storeId`, still reserved, and its pickup code. */
  pickup: { orderId: string; code: string };
};

/** A request the operation accepts. */
export type ValidRequest = {
  body: Record<string, unknown>;
  params?: Record<string, string>;
  headers?: Record<string, string>;
  /** As the signed-in shopper; else as a guest (a cart cookie in `headers` says whose bag). */
  signedIn: boolean;
};

export type ValidExample = {
  /** A fresh request for each case: new ids where a repeat would be answered from the first. */
  make: (world: FuzzWorld, n: number) => Promise<ValidRequest>;
  /** The answer to the unbroken request: proof that the example still gets past the schema. */
  expect: number;
  /** Refusals (by error code) that record something on purpose, and the tables they may change. */
  records?: Record<string, string[]>;
};

const PHONE = '010-7777-0001';

/** One catalog:write key per database, made on first use (a key made per case would be a write of its own). */
const catalogKeys = new WeakMap<Db, Promise<string>>();
function catalogKey(db: Db): Promise<string> {
  let key = catalogKeys.get(db);
  if (!key) catalogKeys.set(db, (key = keyWith(db, ['catalog:write'])));
  return key;
}
const STORE_PRICE = 39_000;

/** A guest bag with one shipped line, for checkout; a new one once placed or tried 8 times (10 is the limit). */
function checkoutBag() {
  let bag: { token: string; cartId: string; total: number; uses: number } | null = null;
  return async (db: Db, variantId: string) => {
    const lines = bag ? await db.select().from(cartLines).where(eq(cartLines.cartId, bag.cartId)) : [];
    if (!bag || bag.uses >= 8 || lines.length === 0) {
      const token = newGuestToken();
      const now = new Date();
      const cartId = await findOrCreateCartId(db, { guestToken: token }, now);
      await addLine(db, cartId, { variantId, quantity: 1, fulfillment: { type: 'ship' } }, { now });
      bag = { token, cartId, total: (await readCart(db, cartId)).total.amount, uses: 0 };
    }
    bag.uses++;
    return bag;
  };
}

/** A line in the shopper's own bag, added when a valid request removed it (or the account). */
async function shopperLine(world: FuzzWorld): Promise<string> {
  const { db, item } = world;
  const find = () =>
    db
      .select({ id: cartLines.id })
      .from(cartLines)
      .innerJoin(carts, eq(carts.id, cartLines.cartId))
      .where(eq(carts.userId, world.user().id))
      .limit(1);
  const [line] = await find();
  if (line) return line.id;
  const now = new Date();
  const cartId = await findOrCreateCartId(db, { userId: world.user().id }, now);
  const fulfillment = { type: 'pickup' as const, storeId: item.storeId };
  await addLine(db, cartId, { variantId: item.variantId, quantity: 1, fulfillment }, { now });
  return (await find())[0]!.id;
}

/** An order of the signed-in shopper's own (a pickup of the item), placed once per account, to buy again from. */
function shopperOrder() {
  let placed: { userId: string; orderId: string } | null = null;
  return async (world: FuzzWorld): Promise<string> => {
    const { db, item } = world;
    const userId = world.user().id;
    if (placed?.userId === userId) return placed.orderId;
    const now = new Date();
    // A bag of its own, so what the shopper's bag holds by now is not placed with it.
    const cartId = await findOrCreateCartId(db, { guestToken: newGuestToken() }, now);
    const fulfillment = { type: 'pickup' as const, storeId: item.storeId };
    await addLine(db, cartId, { variantId: item.variantId, quantity: 1, fulfillment }, { now });
    const { orderId } = await placeOrder(db, {
      cartId,
      userId,
      body: { contact: { email: 'fuzz-again@example.com' }, payment: { method: 'pay_at_pickup' } },
      now,
    });
    placed = { userId, orderId };
    return orderId;
  };
}

/** A code that is not the one sent, so each guess is a counted failure (never a lucky link). */
async function wrongCode(db: Db): Promise<string> {
  const [sent] = await db
    .select({ body: outbox.body })
    .from(outbox)
    .where(and(eq(outbox.to, toE164(PHONE, 'KR')!), eq(outbox.kind, 'otp')))
    .orderBy(desc(outbox.createdAt))
    .limit(1);
  const code = /\b(\d{6})\b/.exec(sent?.body ?? '')?.[1] ?? '000000';
  return String((Number(code) + 1) % 1_000_000).padStart(6, '0');
}

const HOME = {
  recipient: '김퍼즈',
  phone: '010-2345-6789',
  postalCode: '05551',
  line1: '서울특별시 송파구 올림픽로 300',
  line2: '101동 1001호',
};
/** The fuzz shopper's password (tests/integration/fuzz.test.ts); a valid change keeps it, so the next still knows it. */
const FUZZ_PASSWORD = 'fuzz-password-123';

/** A live reset-link token of an account of its own (so a valid reset leaves the fuzz shopper's password alone). */
async function resetToken(db: Db, n: number): Promise<string> {
  const now = new Date();
  // Made directly (no password hashing: the reset sets one), to keep the many cases quick.
  const userId = `usr_fuzz_reset_${n}`;
  await db.insert(users).values({ id: userId, email: `fuzz-reset-${n}@example.com`, name: 'R', createdAt: now });
  const token = randomBytes(32).toString('base64url');
  await db.insert(passwordResetTokens).values({
    tokenHash: createHash('sha256').update(token).digest('hex'),
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + 30 * 60_000),
  });
  return token;
}

/** One of the shopper's addresses, and room for another (the book holds MAX_ADDRESSES). */
async function shopperAddress(world: FuzzWorld): Promise<string> {
  const userId = world.user().id;
  const mine = await world.db.select({ id: addresses.id }).from(addresses).where(eq(addresses.userId, userId));
  if (mine.length >= MAX_ADDRESSES - 1) await world.db.delete(addresses).where(eq(addresses.userId, userId));
  else if (mine[0]) return mine[0].id;
  return (await addAddress(world.db, userId, { ...HOME, isDefault: false }, new Date())).id;
}

/** An integration's Bearer header, one key per scope for the whole run. */
function integrationKeys() {
  const keys = new Map<KeyScope, string>();
  return async (db: Db, scope: KeyScope) => {
    if (!keys.has(scope)) keys.set(scope, await keyWith(db, [scope]));
    return { authorization: `Bearer ${keys.get(scope)!}` };
  };
}

/** One valid request per operation with a JSON body, keyed `method path` as in the OpenAPI document. */
export function validExamples(): Record<string, ValidExample> {
  const bag = checkoutBag();
  const pastOrder = shopperOrder();
  const integration = integrationKeys();
  return {
    ...staffExamples(),
    ...offerExamples(),
    'post /api/integrations/webhooks': {
      make: async ({ db }) => ({
        body: { url: 'https://hooks.example.com/fuzz', events: ['order.created', 'stock.low'] },
        headers: await integration(db, 'webhooks:write'),
        signedIn: false,
      }),
      expect: 201,
    },
    'post /api/account/signup': {
      make: async () => ({
        body: { email: 'fuzz-signup@example.com', password: 'fuzz-password-123', name: 'Fuzz Signup' },
        signedIn: false,
      }),
      expect: 201,
    },
    'post /api/account/phone/start': {
      make: async () => ({ body: { phone: PHONE, purpose: 'link' }, signedIn: true }),
      expect: 202,
    },
    'post /api/account/phone/verify': {
      make: async ({ db }) => ({ body: { phone: PHONE, code: await wrongCode(db) }, signedIn: true }),
      expect: 400,
      // A wrong code is a failure counted on the challenge, committed whatever happens next.
      records: { code_invalid: ['phone_challenges'], code_locked: ['phone_challenges'] },
    },
    'post /api/account/password-reset': {
      // An e-mail of its own each time: three an hour per e-mail would otherwise stop the cases.
      make: async (_, n) => ({ body: { email: `fuzz-forgot-${n}@example.com` }, signedIn: false }),
      expect: 202,
    },
    'post /api/account/password-reset/confirm': {
      make: async ({ db }, n) => ({
        body: { token: await resetToken(db, n), password: 'fuzz-reset-new-1' },
        signedIn: false,
      }),
      expect: 200,
    },
    'patch /api/account/profile': {
      make: async () => ({ body: { name: 'Fuzz Renamed' }, signedIn: true }),
      expect: 200,
    },
    'put /api/account/password': {
      make: async () => ({ body: { currentPassword: FUZZ_PASSWORD, newPassword: FUZZ_PASSWORD }, signedIn: true }),
      expect: 200,
    },
    'post /api/account/addresses': {
      make: async (world) => {
        await shopperAddress(world);
        return { body: { ...HOME, isDefault: true }, signedIn: true };
      },
      expect: 201,
    },
    'put /api/account/addresses/{id}': {
      make: async (world) => ({
        body: { ...HOME, recipient: 'Fuzz Edited' },
        params: { id: await shopperAddress(world) },
        signedIn: true,
      }),
      expect: 200,
    },
    'delete /api/account': {
      make: async () => ({ body: { confirm: true }, signedIn: true }),
      expect: 200,
    },
    'post /api/cart/lines': {
      make: async ({ item }) => ({
        body: { variantId: item.variantId, quantity: 1, fulfillment: { type: 'pickup', storeId: item.storeId } },
        signedIn: true,
      }),
      expect: 200,
    },
    'patch /api/cart/lines/{lineId}': {
      make: async (world) => ({
        params: { lineId: await shopperLine(world) },
        body: { quantity: 1, fulfillment: { type: 'pickup', storeId: world.item.storeId } },
        signedIn: true,
      }),
      expect: 200,
    },
    'put /api/cart/pickup-store': {
      make: async ({ item }) => ({ body: { storeId: item.storeId }, signedIn: true }),
      expect: 200,
    },
    // The shop's own market: the shopper's bag stays where the other examples expect it.
    'put /api/cart/market': {
      make: async () => ({ body: { market: 'KR' }, signedIn: true }),
      expect: 200,
    },
    'post /api/cart/offer-code': {
      make: async () => ({ body: { code: 'AISLE20K' }, signedIn: true }),
      expect: 200,
    },
    'post /api/cart/handoffs': {
      make: async ({ db, item }) => {
        const { token } = await sendHandoff(db, {
          staffId: 'stf_fuzz',
          storeId: item.storeId,
          customerPhone: PHONE,
          lines: [{ variantId: item.variantId, quantity: 1 }],
          fulfillment: { type: 'ship' },
          now: new Date(),
          publicUrl: 'http://aisle.test',
          locale: 'en',
        });
        return { body: { token }, signedIn: true };
      },
      expect: 200,
    },
    'post /api/orders/{id}/buy-again': {
      make: async (world) => ({
        params: { id: await pastOrder(world) },
        body: { lines: [{ variantId: world.item.variantId, quantity: 1 }], fulfillment: { type: 'ship' } },
        signedIn: true,
      }),
      expect: 200,
    },
    'post /api/checkout': {
      make: async ({ db, item }, n) => {
        const { token, total } = await bag(db, item.variantId);
        return {
          headers: { cookie: `aisle-cart=${token}`, 'idempotency-key': `fuzz-checkout-${n}` },
          body: {
            contact: { email: 'fuzz-buyer@example.com', phone: '010-7777-0003' },
            payment: { method: 'test_card', cardNumber: '4242 4242 4242 4242' },
            shippingAddress: {
              name: 'Fuzz Buyer',
              line1: '1 Test-ro',
              line2: 'Unit 2',
              city: 'Seoul',
              postalCode: '04782',
              country: 'KR',
            },
            expectedTotal: total,
          },
          signedIn: false,
        };
      },
      expect: 201,
    },
    'put /api/integrations/products/{handle}': {
      make: async ({ db }, n) => ({
        params: { handle: `fuzz-product-${n}` },
        headers: { authorization: `Bearer ${await catalogKey(db)}` },
        // Small on purpose: each field is broken in turn, and every case is an upsert.
        body: {
          title: { en: `Fuzz Product ${n}` },
          category: 'Bags',
          options: [{ name: 'Size', values: ['S'] }],
          variants: [{ sku: `FUZZ-${n}`, options: { Size: 'S' }, prices: [{ market: 'KR', amount: 10_000 }] }],
        },
        signedIn: false,
      }),
      expect: 201,
    },
    'put /api/integrations/stores/{code}': {
      make: async ({ db }, n) => ({
        params: { code: `fuzz-store-${n}` },
        body: storeBody(),
        headers: { authorization: `Bearer ${await keyWith(db, ['stores:write'])}` },
        signedIn: false,
      }),
      expect: 201,
    },
    'post /api/pos/orders': {
      make: async ({ item }, n) => ({
        body: {
          externalId: `fuzz-sale-${n}`,
          storeId: item.storeId,
          phone: '010-7777-0004',
          placedAt: new Date().toISOString(),
          currency: 'KRW',
          lines: [{ sku: item.sku, quantity: 1, unitPrice: STORE_PRICE }],
          total: STORE_PRICE,
        },
        signedIn: false,
      }),
      expect: 201,
    },
    'post /api/pos/pickups/{orderId}/ready': {
      make: async ({ item, pickup }) => ({
        params: { orderId: pickup.orderId },
        body: { storeId: item.storeId },
        signedIn: false,
      }),
      expect: 200,
    },
    'post /api/pos/pickups/{orderId}/collected': {
      make: async ({ item, pickup }) => ({
        params: { orderId: pickup.orderId },
        body: { storeId: item.storeId, code: pickup.code },
        signedIn: false,
      }),
      expect: 200,
    },
    'post /api/pos/offers/redeem': {
      make: async ({ item }, n) => ({
        body: { code: 'AISLE20K', storeId: item.storeId, subtotal: 200_000, externalId: `fuzz-redeem-${n}` },
        signedIn: false,
      }),
      expect: 201,
    },
    'post /api/wishlist/merge': {
      make: async ({ db, item }) => {
        const [row] = await db
          .select({ productId: variants.productId })
          .from(variants)
          .where(eq(variants.id, item.variantId));
        return { body: { productIds: [row!.productId] }, signedIn: true };
      },
      expect: 200,
    },
    'post /api/back-in-stock': {
      // The item is in stock at the store: answered at once, a message to the account's own address.
      make: async ({ item }) => ({
        body: { variantId: item.variantId, storeId: item.storeId, channel: 'email' },
        signedIn: true,
      }),
      expect: 201,
    },
    'post /api/integrations/stock': {
      // A key of its own each time: one key's budget a minute would stop the cases before the handler.
      make: async ({ db, item }, n) => {
        const [store] = await db.select({ slug: stores.slug }).from(stores).where(eq(stores.id, item.storeId));
        const at = { location: store!.slug, sku: item.sku };
        return {
          body: {
            counts: [{ ...at, onHand: 50, asOf: new Date().toISOString() }],
            adjustments: [{ ...at, delta: 1, reason: 'received', externalId: `fuzz-stock-${n}` }],
          },
          headers: { authorization: `Bearer ${await keyWith(db, ['stock:write'])}` },
          signedIn: false,
        };
      },
      expect: 200,
      records: { invalid_request: ['api_keys'] },
    },
    'put /api/integrations/locations/{location}/safety-stock': {
      make: async ({ db, item }) => ({
        params: { location: 'online' },
        body: { default: 0, variants: [{ sku: item.sku, quantity: 0 }], lowStockThreshold: 2 },
        headers: { authorization: `Bearer ${await keyWith(db, ['stock:write'])}` },
        signedIn: false,
      }),
      expect: 200,
      // Refused after the key was checked (an unknown SKU or location): the key's last use is noted.
      records: { invalid_request: ['api_keys'], not_found: ['api_keys'] },
    },
    'post /api/dev/stock': {
      // Off unless AISLE_DEV_STOCK=1 (the e2e server sets it; the authorization matrix turns it on).
      make: async ({ item }) => ({
        body: { storeId: item.storeId, variantId: item.variantId, count: 100_000 },
        signedIn: false,
      }),
      expect: 404,
    },
  };
}
