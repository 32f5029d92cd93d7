import { and, count, eq, like, sql } from 'drizzle-orm';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { authenticate } from '@/lib/auth/accounts';
import { addLine } from '@/lib/cart/mutate-cart';
import { findOrCreateCartId } from '@/lib/cart/find-cart';
import { newGuestToken } from '@/lib/cart/guest-cookie';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { categories, outbox, products, variants, wishlistItems } from '@/lib/db/schema';
import { BACK_IN_STOCK_LIMITS } from '@/lib/inventory/request-back-in-stock';
import { markCollected } from '@/lib/orders/pickup-lifecycle';
import type { Order } from '@/lib/orders/schema';
import { WISHLIST_MAX } from '@/lib/wishlist/schema';
import { makeUser } from '../support/accounts';
import { api } from '../support/api';
import { guestCartWith, pickStoreVariant, pickupCheckout, setStock, stockAt } from '../support/checkout-fixtures';
import { DB_LABEL, useTestDb } from '../support/test-db';

/*
 * What an outsider tried against the shopper basics of issue 16 and found open; each test
 * failed before its fix.
 */
const db = useTestDb();

const mailsTo = (to: string, kind: string) =>
  db.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.to, to), eq(outbox.kind, kind)));

describe(`password reset links (${DB_LABEL})`, () => {
  it('are spent by a password change: a link asked for before it cannot undo it', async () => {
    const user = await makeUser(db.db, 'changed-since@example.com');
    const from = { from: '198.51.100.10' };
    // Whoever saw the mailbox once (a shared computer) asks for a link; the owner then changes the password.
    expect((await api.post('/api/account/password-reset', { email: user.email }, from)).status).toBe(202);
    const [mail] = await mailsTo(user.email!, 'password_reset');
    const token = /token=([\w-]+)/.exec(mail!.body)![1]!;
    const changed = await api
      .as(user)
      .put('/api/account/password', { currentPassword: 'correct horse battery', newPassword: 'only the owner knows' });
    expect(changed.status).toBe(200);

    const reset = await api.post(
      '/api/account/password-reset/confirm',
      { token, password: 'the intruder chose' },
      from,
    );
    expect(reset.status).toBe(400);
    expect(reset.body.error?.code).toBe('reset_link_invalid');
    expect(await authenticate(db.db, user.email!, 'only the owner knows')).not.toBeNull();
    expect(await authenticate(db.db, user.email!, 'the intruder chose')).toBeNull();
  });
});

describe(`back in stock requests (${DB_LABEL})`, () => {
  it('are limited per e-mail address or phone too, whichever client address asks', async () => {
    // In stock already: every request that is let through sends its message at once.
    const item = await pickStoreVariant(db.db, 20);
    await setStock(db.db, item.locationId, item.variantId, 5);
    const ask = (i: number, channel: 'email' | 'sms', to: string) =>
      api
        .with({ from: `203.0.113.${i}` })
        .post('/api/back-in-stock', { variantId: item.variantId, storeId: item.storeId, channel, to });
    // Spelled differently each time, one mailbox all the same.
    const spellings = (i: number) =>
      [' Victim@Example.com', 'victim+sale@example.com', `victim+${i}@example.com`][i % 3]!;
    const statuses = [];
    for (let i = 0; i <= BACK_IN_STOCK_LIMITS.perTarget; i++) {
      statuses.push((await ask(i, 'email', spellings(i))).status);
    }
    expect(statuses).toEqual([...Array(BACK_IN_STOCK_LIMITS.perTarget).fill(201), 429]);
    const mailed = await db.db
      .select()
      .from(outbox)
      .where(and(like(outbox.to, 'victim%@example.com'), eq(outbox.kind, 'back_in_stock')));
    expect(mailed).toHaveLength(BACK_IN_STOCK_LIMITS.perTarget);

    const texts = [];
    for (let i = 0; i <= BACK_IN_STOCK_LIMITS.perTarget; i++) {
      texts.push((await ask(100 + i, 'sms', i % 2 ? '010-2345-6789' : '+82 10 2345 6789')).status);
    }
    expect(texts.at(-1)).toBe(429);
    expect(await mailsTo('+821023456789', 'back_in_stock')).toHaveLength(BACK_IN_STOCK_LIMITS.perTarget);

    // Someone else is still served from those client addresses.
    expect((await ask(0, 'email', 'someone-else@example.com')).status).toBe(201);
  });
});

describe(`cancelling while the store works the order (${DB_LABEL})`, () => {
  it('waits for a collection in progress and then refuses, never a 500 from a deadlock; stock settles once', async () => {
    const item = await pickStoreVariant(db.db, 30);
    await setStock(db.db, item.locationId, item.variantId, 3);
    const cart = await guestCartWith(db.db, item, 2);
    const placed = await api
      .guest({ 'aisle-cart': cart.token })
      .post<{ order: Order; accessToken: string }>(
        '/api/checkout',
        { ...pickupCheckout, contact: { email: 'collect-or-cancel@example.com' } },
        { idempotencyKey: 'collect-or-cancel', from: '192.0.2.30' },
      );
    expect(placed.status).toBe(201);
    const { order, accessToken } = placed.body;
    // On PostgreSQL, until that many sessions wait on a lock; PGlite runs one thing at a time.
    const waiting = async (n: number) => {
      for (let tries = 0; tries < 100; tries++) {
        if (DB_LABEL !== 'postgres') return new Promise((resolve) => setTimeout(resolve, 50));
        const [row] = rowsOf(
          z.object({ n: sqlNumber }),
          await db.db.execute(sql`
            SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'`),
        );
        if (row!.n >= n) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`Never ${n} waiting on a lock`);
    };

    // A checkout of the same item holds its stock row a moment, so the till's collection holds the
    // pickup (and waits) when the shopper's cancel arrives: the cancel must queue behind it.
    let done!: () => void;
    const checkoutMoment = new Promise<void>((resolve) => (done = resolve));
    let begun!: () => void;
    const holding = new Promise<void>((resolve) => (begun = resolve));
    const otherCheckout = db.db.transaction(async (tx) => {
      await tx.execute(sql`
        UPDATE stock_levels SET reserved = reserved
        WHERE location_id = ${item.locationId} AND variant_id = ${item.variantId}`);
      begun();
      await checkoutMoment;
    });
    await holding;
    const collected = markCollected(db.db, order.id, item.storeId, order.pickup!.code, new Date());
    await waiting(1);
    const cancelled = api.post<Order>(`/api/orders/${order.id}/cancel?token=${accessToken}`);
    await waiting(2);
    done();
    await otherCheckout;

    await expect(collected).resolves.toBeUndefined();
    const refused = await cancelled;
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe('order_not_cancellable');
    expect(await stockAt(db.db, item.locationId, item.variantId)).toMatchObject({ onHand: 1, reserved: 0 });
    expect(await mailsTo('collect-or-cancel@example.com', 'order_cancelled')).toHaveLength(0);
  });
});

describe(`the wishlist from two devices at once (${DB_LABEL})`, () => {
  it('never passes its limit, and the same product hearted twice at once is kept once without an error', async () => {
    // More products than a wishlist keeps (the seed has fewer).
    const [category] = await db.db.select({ id: categories.id }).from(categories).limit(1);
    const extra = Array.from({ length: WISHLIST_MAX }, (_, i) => `prd_attack_${String(i).padStart(3, '0')}`);
    await db.db.insert(products).values(
      extra.map((id, i) => ({
        id,
        handle: `attack-${i}`,
        title: `Attack ${i}`,
        description: '-',
        categoryId: category!.id,
      })),
    );
    await db.db.insert(variants).values(
      extra.map((productId, i) => ({
        id: `var_attack_${i}`,
        productId,
        sku: `ATTACK-${i}`,
        priceAmount: 1000,
        currency: 'KRW',
      })),
    );
    const user = await makeUser(db.db, 'two-devices@example.com');
    const kept = async () =>
      (await db.db.select({ n: count() }).from(wishlistItems).where(eq(wishlistItems.userId, user.id)))[0]!.n;

    const both = await Promise.all([
      api.as(user).put(`/api/wishlist/items/${extra[0]}`),
      api.as(user).put(`/api/wishlist/items/${extra[0]}`),
    ]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    expect(await kept()).toBe(1);

    // Each device's guest list fits alone; together they would not.
    const half = WISHLIST_MAX * 0.7;
    const merged = await Promise.all([
      api.as(user).post('/api/wishlist/merge', { productIds: extra.slice(1, 1 + half) }),
      api.as(user).post('/api/wishlist/merge', { productIds: extra.slice(-half) }),
    ]);
    expect(merged.map((r) => r.status)).toEqual([200, 200]);
    expect(await kept()).toBe(WISHLIST_MAX);
  });
});

describe(`who collects, in the confirmation (${DB_LABEL})`, () => {
  it('is one line of text: a name cannot add lines of its own to the e-mail the shop sends', async () => {
    const item = await pickStoreVariant(db.db, 40);
    await setStock(db.db, item.locationId, item.variantId, 3);
    const cart = await guestCartWith(db.db, item, 1);
    const forged = 'Kim\n\nYour order is on hold: confirm your card at http://aisle-help.example';
    for (const name of [forged, 'Kim\rLee', 'Kim\u2028Lee', 'Kim\u0085Lee', 'Kim\tLee']) {
      const r = await api.guest({ 'aisle-cart': cart.token }).post(
        '/api/checkout',
        {
          ...pickupCheckout,
          contact: { email: 'victim-shopper@example.com' },
          collector: { type: 'someone_else', name },
        },
        { idempotencyKey: `forged-collector-${name.length}-${name.codePointAt(3)}`, from: '192.0.2.40' },
      );
      expect(r.status, JSON.stringify(name)).toBe(422);
      expect(r.body.error?.fields?.['collector.name']).toBeDefined();
    }
    expect(await db.db.select().from(outbox).where(eq(outbox.to, 'victim-shopper@example.com'))).toEqual([]);
    // A name as people write them still goes through.
    const ok = await api
      .guest({ 'aisle-cart': cart.token })
      .post<{ order: Order }>(
        '/api/checkout',
        { ...pickupCheckout, collector: { type: 'someone_else', name: '김지우 (Jiwoo) O’Brien-Lee' } },
        { idempotencyKey: 'plain-collector', from: '192.0.2.40' },
      );
    expect(ok.status).toBe(201);
    expect(ok.body.order.collector?.name).toBe('김지우 (Jiwoo) O’Brien-Lee');
  });
});

describe(`two bags of the same items in opposite order, checked out at once (${DB_LABEL})`, () => {
  it('both place their order: stock rows are taken in one order, never a 500 from a deadlock', async () => {
    const x = await pickStoreVariant(db.db, 50);
    let y = await pickStoreVariant(db.db, 51);
    for (let o = 52; y.storeId !== x.storeId || y.variantId === x.variantId; o++) y = await pickStoreVariant(db.db, o);
    const bagOf = async (items: (typeof x)[]) => {
      const token = newGuestToken();
      const cartId = await findOrCreateCartId(db.db, { guestToken: token }, new Date());
      for (const item of items) {
        const line = {
          variantId: item.variantId,
          quantity: 1,
          fulfillment: { type: 'pickup' as const, storeId: item.storeId },
        };
        await addLine(db.db, cartId, line, { now: new Date() });
      }
      return token;
    };
    const statuses: number[] = [];
    // A deadlock needs the two to interleave just so: one round in four or five did before.
    for (let round = 0; round < 20; round++) {
      await setStock(db.db, x.locationId, x.variantId, 10);
      await setStock(db.db, y.locationId, y.variantId, 10);
      const bags = [await bagOf([x, y]), await bagOf([y, x])];
      const placed = await Promise.all(
        bags.map((token, i) =>
          api
            .guest({ 'aisle-cart': token })
            .post(
              '/api/checkout',
              { ...pickupCheckout, contact: { email: `opposite-${round}-${i}@example.com` } },
              { idempotencyKey: `opposite-${round}-${i}`, from: `198.18.${round}.${i}` },
            ),
        ),
      );
      statuses.push(...placed.map((r) => r.status));
      expect(await stockAt(db.db, x.locationId, x.variantId)).toMatchObject({ reserved: 2 });
    }
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
  });
});
