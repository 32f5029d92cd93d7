import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/auth/schema';
import type { Cart } from '@/lib/cart/schema';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { makeUser } from '../support/accounts';
import { api, cartCookieOf } from '../support/api';
import { pickStoreVariant, setStock } from '../support/checkout-fixtures';
import { dbFingerprint } from '../support/db-fingerprint';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
let stocked: { variantId: string; available: number; storeId: string; storeAvailable: number }[];
let users: Record<'a' | 'b', SessionUser>;

beforeAll(async () => {
  // Variants with 3+ units at the warehouse and at some store.
  stocked = rowsOf(
    z.object({ variant_id: z.string(), wh: sqlNumber, store_id: z.string(), st: sqlNumber }),
    await db.db.execute(sql`
      SELECT w.variant_id, w.on_hand - w.reserved AS wh, l.store_id, s.on_hand - s.reserved AS st
      FROM stock_levels w
      JOIN stock_levels s ON s.variant_id = w.variant_id AND s.location_id <> w.location_id
      JOIN inventory_locations l ON l.id = s.location_id AND l.kind = 'store' AND l.store_id IN (SELECT id FROM stores WHERE country = 'KR')
      WHERE w.location_id = 'loc_online' AND w.on_hand - w.reserved >= 12 AND s.on_hand - s.reserved >= 3
      ORDER BY w.variant_id LIMIT 12`),
  ).map((r) => ({
    variantId: r.variant_id,
    available: Number(r.wh),
    storeId: r.store_id,
    storeAvailable: Number(r.st),
  }));
  expect(stocked.length).toBeGreaterThanOrEqual(8);
  users = { a: await makeUser(db.db, 'a@example.com'), b: await makeUser(db.db, 'b@example.com') };
});

const LINES = '/api/cart/lines';
/** Every table but the rate-limit counters, whose job is to count refused attempts. */
const everyTableButCounters = async () =>
  rowsOf(
    z.object({ name: z.string() }),
    await db.db.execute(sql`SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'rate_limits' ORDER BY table_name`),
  ).map((r) => r.name);

describe(`cart (${DB_LABEL})`, () => {
  it('over HTTPS in production the bag cookie is __Host-, Secure, HttpOnly and SameSite=Lax', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('AISLE_PUBLIC_URL', 'https://shop.aisle.test');
    vi.stubEnv('AUTH_SECRET', 'integration-only-secret-0123456789abcdef');
    vi.stubEnv('POS_WEBHOOK_SECRET', 'integration-only-pos-secret');
    try {
      const added = await api.post<Cart>(LINES, { variantId: stocked[0]!.variantId, quantity: 1 });
      expect(added.status).toBe(200);
      const setCookie = added.headers.get('set-cookie')!;
      expect(setCookie).toMatch(/^__Host-aisle-cart=[A-Za-z0-9_-]{43};/);
      expect(setCookie.split(/;\s*/)).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Lax', 'Secure']));
      expect(setCookie).not.toMatch(/Domain=/i);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('keeps a guest cart behind an httpOnly cookie with a long random token', async () => {
    const v = stocked[0]!;
    const shopper = api.guest();
    const first = await shopper.post<Cart>(LINES, { variantId: v.variantId, quantity: 1 });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('private, no-store');
    const setCookie = first.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const token = cartCookieOf(first)!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(shopper.cookies.get('aisle-cart')).toBe(token);

    const again = await shopper.get<Cart>('/api/cart');
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.lines).toHaveLength(1);
    expect(again.headers.get('cache-control')).toBe('private, no-store');

    // Adding the same variant for the same fulfilment adds to the line.
    const more = await shopper.post<Cart>(LINES, { variantId: v.variantId, quantity: 2 });
    expect(more.body.lines).toHaveLength(1);
    expect(more.body.lines[0]!.quantity).toBe(3);
    expect(more.body.subtotal.amount).toBe(more.body.lines[0]!.unitPrice.amount * 3);

    // A guessed token finds nothing.
    const stranger = await api.guest({ 'aisle-cart': 'A'.repeat(43) }).get<Cart>('/api/cart');
    expect(stranger.body.id).toBeNull();
    expect(stranger.body.lines).toEqual([]);
  });

  it('answers an unchanged cart with 304 to its ETag', async () => {
    const a = api.as(users.a);
    const v = stocked[1]!;
    const added = await a.post<Cart>(LINES, { variantId: v.variantId, quantity: 1 });
    const etag = added.headers.get('etag')!;
    const polled = await a.get('/api/cart', { ifNoneMatch: etag });
    expect(polled.status).toBe(304);
    await a.post(LINES, { variantId: v.variantId, quantity: 1 });
    const changed = await a.get<Cart>('/api/cart', { ifNoneMatch: etag });
    expect(changed.status).toBe(200);
    expect(changed.body.version).toBeGreaterThan(added.body.version);
  });

  it('refuses quantities over the line limit or the stock, and unknown variants or stores', async () => {
    const b = api.as(users.b);
    const v = stocked[2]!;
    const over = await b.post<Cart>(LINES, { variantId: v.variantId, quantity: 11 });
    expect(over.status).toBe(422);
    const ok = await b.post<Cart>(LINES, { variantId: v.variantId, quantity: 9 });
    expect(ok.status).toBe(200);
    const overflow = await b.post<Cart>(LINES, { variantId: v.variantId, quantity: 2 });
    expect(overflow.status).toBe(422);
    expect(overflow.body.error?.code).toBe('line_limit_exceeded');

    const pickup = { type: 'pickup', storeId: v.storeId };
    const tooMany = await b.post<Cart>(LINES, {
      variantId: v.variantId,
      quantity: Math.min(10, v.storeAvailable + 1),
      fulfillment: pickup,
    });
    if (v.storeAvailable < 10) {
      expect(tooMany.status).toBe(409);
      expect(tooMany.body.error?.code).toBe('insufficient_stock');
    }
    const atStore = await b.post<Cart>(LINES, { variantId: v.variantId, quantity: 1, fulfillment: pickup });
    expect(atStore.status).toBe(200);
    expect(atStore.body.lines.filter((l) => l.variantId === v.variantId)).toHaveLength(2);

    const noVariant = await b.post<Cart>(LINES, { variantId: 'var_nope', quantity: 1 });
    expect(noVariant.status).toBe(422);
    const noStore = await b.post<Cart>(LINES, {
      variantId: v.variantId,
      quantity: 1,
      fulfillment: { type: 'pickup', storeId: 'str_nope' },
    });
    expect(noStore.status).toBe(422);
    const bad = await b.post<Cart>(LINES, { variantId: v.variantId, quantity: 'two' });
    expect(bad.status).toBe(422);
  });

  it('applies a mutation replayed 20 times in parallel with one Idempotency-Key exactly once', async () => {
    const a = api.as(users.a);
    const v = stocked[3]!;
    const before = await a.get<Cart>('/api/cart');
    const key = `replay-${Date.now()}`;
    const body = { variantId: v.variantId, quantity: 2 };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => a.post<Cart>(LINES, body, { idempotencyKey: key })),
    );
    for (const r of results) expect([200, 409]).toContain(r.status);
    const firsts = results.filter((r) => r.status === 200);
    expect(firsts.length).toBeGreaterThan(0);
    for (const r of firsts) expect(r.body).toEqual(firsts[0]!.body);
    const after = await a.get<Cart>('/api/cart');
    const qty = (c: Cart) =>
      c.lines.find((l) => l.variantId === v.variantId && l.fulfillment.type === 'ship')?.quantity ?? 0;
    expect(qty(after.body)).toBe(qty(before.body) + 2);
    expect(after.body.version).toBe(before.body.version + 1);

    const reused = await a.post<Cart>(LINES, { ...body, quantity: 1 }, { idempotencyKey: key });
    expect(reused.status).toBe(422);
    expect(reused.body.error?.code).toBe('idempotency_key_reused');
    const replay = await a.post<Cart>(LINES, body, { idempotencyKey: key });
    expect(replay.body).toEqual(firsts[0]!.body);
  });

  it('refuses a write based on a stale version (If-Match)', async () => {
    const a = api.as(users.a);
    const cart = await a.get<Cart>('/api/cart');
    const line = cart.body.lines[0]!;
    const stale = `"${cart.body.id}.${cart.body.version - 1}"`;
    const res = await a.patch<Cart>(`/api/cart/lines/${line.id}`, { quantity: 1 }, { ifMatch: stale });
    expect(res.status).toBe(412);
    const fresh = await a.patch<Cart>(
      `/api/cart/lines/${line.id}`,
      { quantity: 1 },
      { ifMatch: `"${cart.body.id}.${cart.body.version}"` },
    );
    expect(fresh.status).toBe(200);
  });

  it('never lets one account read or change another account’s lines', async () => {
    const a = api.as(users.a);
    const b = api.as(users.b);
    const aCart = await a.get<Cart>('/api/cart');
    const aLine = aCart.body.lines[0]!;
    const bCart = await b.get<Cart>('/api/cart');
    expect(bCart.body.id).not.toBe(aCart.body.id);
    expect(bCart.body.lines.map((l) => l.id)).not.toContain(aLine.id);
    const patch = await b.patch<Cart>(`/api/cart/lines/${aLine.id}`, { quantity: 2 });
    expect(patch.status).toBe(404);
    const del = await b.delete<Cart>(`/api/cart/lines/${aLine.id}`);
    expect(del.status).toBe(404);
    const unchanged = await a.get<Cart>('/api/cart');
    expect(unchanged.body.version).toBe(aCart.body.version);
    // A guest cannot reach it either.
    const guest = await api.delete<Cart>(`/api/cart/lines/${aLine.id}`);
    expect(guest.status).toBe(404);
  });

  it('refuses cross-site writes', async () => {
    const a = api.as(users.a);
    const line = { variantId: stocked[0]!.variantId, quantity: 1 };
    const res = await a.post<Cart>(LINES, line, { headers: { origin: 'https://evil.example', host: 'aisle.test' } });
    expect(res.status).toBe(403);
    expect(res.body.error?.code).toBe('cross_site_request');
    // A browser's own word that the request is cross-site is enough, with no Origin at all.
    const fetchMetadata = await a.post<Cart>(LINES, line, { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(fetchMetadata.status).toBe(403);
    expect(fetchMetadata.body.error?.code).toBe('cross_site_request');
    // Same-site and same-origin writes go through.
    const sameOrigin = await a.post<Cart>(LINES, line, {
      headers: { origin: 'http://aisle.test', host: 'aisle.test', 'sec-fetch-site': 'same-origin' },
    });
    expect(sameOrigin.status).toBe(200);
  });

  it('moves pickup lines to a new pickup store and says what it lacks', async () => {
    const b = api.as(users.b);
    const v = stocked[4]!;
    await b.post(LINES, { variantId: v.variantId, quantity: 2, fulfillment: { type: 'pickup', storeId: v.storeId } });
    const stores = rowsOf(
      z.object({ store_id: z.string() }),
      await db.db.execute(sql`
        SELECT l.store_id FROM inventory_locations l
        WHERE l.kind = 'store' AND l.store_id IN (SELECT id FROM stores WHERE country = 'KR') AND NOT EXISTS (
          SELECT 1 FROM stock_levels s WHERE s.location_id = l.id AND s.variant_id = ${v.variantId} AND s.on_hand - s.reserved >= 2)
        LIMIT 1`),
    );
    const target = stores[0]?.store_id;
    if (!target) return;
    const moved = await b.put<Cart>('/api/cart/pickup-store', { storeId: target });
    expect(moved.status).toBe(200);
    expect(moved.body.pickupStoreId).toBe(target);
    const line = moved.body.lines.find((l) => l.variantId === v.variantId && l.fulfillment.type === 'pickup');
    expect(line?.fulfillment).toEqual({ type: 'pickup', storeId: target });
    expect(moved.body.notices?.some((n) => n.code === 'availability_changed')).toBe(true);
  });

  it('a line moved to where the bag already has the item joins that line; moved elsewhere it keeps its quantity', async () => {
    const c = api.as(await makeUser(db.db, 'mover@example.com'));
    const v = stocked[5]!;
    await c.post(LINES, { variantId: v.variantId, quantity: 1, fulfillment: { type: 'ship' } });
    const added = await c.post<Cart>(LINES, {
      variantId: v.variantId,
      quantity: 2,
      fulfillment: { type: 'pickup', storeId: v.storeId },
    });
    const pickup = added.body.lines.find((l) => l.fulfillment.type === 'pickup')!;
    // Into the delivery line already there: one line of 1 + 2.
    const joined = await c.patch<Cart>(`${LINES}/${pickup.id}`, { fulfillment: { type: 'ship' } });
    expect(joined.status).toBe(200);
    expect(joined.body.lines.map((l) => [l.fulfillment.type, l.quantity])).toEqual([['ship', 3]]);
    // Back to the store, where the bag has none of it: the line itself moves, quantity and all.
    const line = joined.body.lines[0]!;
    const moved = await c.patch<Cart>(`${LINES}/${line.id}`, {
      quantity: 2,
      fulfillment: { type: 'pickup', storeId: v.storeId },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.lines.map((l) => [l.id, l.fulfillment, l.quantity])).toEqual([
      [line.id, { type: 'pickup', storeId: v.storeId }, 2],
    ]);
  });

  it('a new guest refused on their first write (with an Idempotency-Key) leaves no row at all, not even the key', async () => {
    const item = await pickStoreVariant(db.db, 5);
    await setStock(db.db, item.locationId, item.variantId, 1);
    const tables = await everyTableButCounters();
    expect(tables).toContain('idempotency_keys');
    const before = await dbFingerprint(db.db, tables);
    const refusedAdd = () =>
      api.post<Cart>(
        LINES,
        { variantId: item.variantId, quantity: 2, fulfillment: { type: 'pickup', storeId: item.storeId } },
        { idempotencyKey: 'first-add-refused' },
      );
    const refused = await refusedAdd();
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe('insufficient_stock');
    expect(refused.headers.get('set-cookie')).toBeNull();
    // A retry (still no cookie: none was set) is refused the same way, and writes nothing either.
    const retried = await refusedAdd();
    expect(retried.status).toBe(409);
    // A checkout from a stranger with no bag: refused, with nothing but its attempt counted.
    const emptyCheckout = await api.post(
      '/api/checkout',
      { contact: { email: 'nobag@example.com' }, payment: { method: 'pay_at_pickup' } },
      { idempotencyKey: 'checkout-no-bag' },
    );
    expect(emptyCheckout.status).toBe(422);
    expect(emptyCheckout.body.error?.code).toBe('cart_empty');
    expect(await dbFingerprint(db.db, tables)).toEqual(before);
  });
});
