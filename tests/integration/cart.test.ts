import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as getCart } from '@/app/api/cart/route';
import { DELETE as deleteLine, PATCH as patchLine } from '@/app/api/cart/lines/[lineId]/route';
import { POST as addLine } from '@/app/api/cart/lines/route';
import { POST as checkout } from '@/app/api/checkout/route';
import { PUT as putPickupStore } from '@/app/api/cart/pickup-store/route';
import type { SessionUser } from '@/lib/auth/schema';
import type { Cart } from '@/lib/cart/schema';
import { provideDb } from '@/lib/db';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { acting } from '../support/acting-user';
import { makeUser } from '../support/accounts';
import { callRoute } from '../support/call-route';
import { pickStoreVariant, setStock } from '../support/checkout-fixtures';
import { dbFingerprint } from '../support/db-fingerprint';
import { createTestDb, type TestDb } from '../support/test-db';

vi.mock('@/lib/auth/session', () => ({ getSessionUser: async () => acting.user }));

let db: TestDb;
let stocked: { variantId: string; available: number; storeId: string; storeAvailable: number }[];
let users: Record<'a' | 'b', SessionUser>;

beforeAll(async () => {
  db = await createTestDb();
  provideDb(db);
  // Variants with 3+ units at the warehouse and at some store.
  stocked = rowsOf(
    z.object({ variant_id: z.string(), wh: sqlNumber, store_id: z.string(), st: sqlNumber }),
    await db.db.execute(sql`
      SELECT w.variant_id, w.on_hand - w.reserved AS wh, l.store_id, s.on_hand - s.reserved AS st
      FROM stock_levels w
      JOIN stock_levels s ON s.variant_id = w.variant_id AND s.location_id <> w.location_id
      JOIN inventory_locations l ON l.id = s.location_id AND l.kind = 'store'
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
afterAll(async () => {
  provideDb(undefined);
  await db.drop();
});
beforeEach(() => {
  acting.user = null;
});

type Res = { status: number; headers: Headers; body: Cart & { error?: { code: string } } };
const json = (method: string, body: unknown, headers: Record<string, string> = {}) => ({
  init: { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } },
});
/** Every table but the rate-limit counters, whose job is to count refused attempts. */
const everyTableButCounters = async () =>
  rowsOf(
    z.object({ name: z.string() }),
    await db.db.execute(sql`SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'rate_limits' ORDER BY table_name`),
  ).map((r) => r.name);
const cookieOf = (res: Res) => /aisle-cart=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];

describe(`cart (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('over HTTPS in production the bag cookie is __Host-, Secure, HttpOnly and SameSite=Lax', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('AISLE_PUBLIC_URL', 'https://shop.aisle.test');
    vi.stubEnv('AUTH_SECRET', 'integration-only-secret-0123456789abcdef');
    vi.stubEnv('POS_WEBHOOK_SECRET', 'integration-only-pos-secret');
    try {
      const added: Res = await callRoute(
        addLine,
        '/api/cart/lines',
        json('POST', { variantId: stocked[0]!.variantId, quantity: 1 }),
      );
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
    const first: Res = await callRoute(
      addLine,
      '/api/cart/lines',
      json('POST', { variantId: v.variantId, quantity: 1 }),
    );
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('private, no-store');
    const setCookie = first.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const token = cookieOf(first)!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const again: Res = await callRoute(getCart, '/api/cart', { init: { headers: { cookie: `aisle-cart=${token}` } } });
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.lines).toHaveLength(1);
    expect(again.headers.get('cache-control')).toBe('private, no-store');

    // Adding the same variant for the same fulfilment adds to the line.
    const more: Res = await callRoute(addLine, '/api/cart/lines', {
      init: {
        ...json('POST', { variantId: v.variantId, quantity: 2 }).init,
        headers: { 'content-type': 'application/json', cookie: `aisle-cart=${token}` },
      },
    });
    expect(more.body.lines).toHaveLength(1);
    expect(more.body.lines[0]!.quantity).toBe(3);
    expect(more.body.subtotal.amount).toBe(more.body.lines[0]!.unitPrice.amount * 3);

    // A guessed token finds nothing.
    const guess = 'A'.repeat(43);
    const stranger: Res = await callRoute(getCart, '/api/cart', {
      init: { headers: { cookie: `aisle-cart=${guess}` } },
    });
    expect(stranger.body.id).toBeNull();
    expect(stranger.body.lines).toEqual([]);
  });

  it('answers an unchanged cart with 304 to its ETag', async () => {
    acting.user = users.a;
    const v = stocked[1]!;
    const added: Res = await callRoute(
      addLine,
      '/api/cart/lines',
      json('POST', { variantId: v.variantId, quantity: 1 }),
    );
    const etag = added.headers.get('etag')!;
    const polled = await callRoute(getCart, '/api/cart', { init: { headers: { 'if-none-match': etag } } });
    expect(polled.status).toBe(304);
    await callRoute(addLine, '/api/cart/lines', json('POST', { variantId: v.variantId, quantity: 1 }));
    const changed: Res = await callRoute(getCart, '/api/cart', { init: { headers: { 'if-none-match': etag } } });
    expect(changed.status).toBe(200);
    expect(changed.body.version).toBeGreaterThan(added.body.version);
  });

  it('refuses quantities over the line limit or the stock, and unknown variants or stores', async () => {
    acting.user = users.b;
    const v = stocked[2]!;
    const over: Res = await callRoute(
      addLine,
      '/api/cart/lines',
      json('POST', { variantId: v.variantId, quantity: 11 }),
    );
    expect(over.status).toBe(422);
    const ok: Res = await callRoute(addLine, '/api/cart/lines', json('POST', { variantId: v.variantId, quantity: 9 }));
    expect(ok.status).toBe(200);
    const overflow: Res = await callRoute(
      addLine,
      '/api/cart/lines',
      json('POST', { variantId: v.variantId, quantity: 2 }),
    );
    expect(overflow.status).toBe(422);
    expect(overflow.body.error?.code).toBe('line_limit_exceeded');

    const pickup = { type: 'pickup', storeId: v.storeId };
    const tooMany: Res = await callRoute(
      addLine,
      '/api/cart/lines',
      json('POST', { variantId: v.variantId, quantity: Math.min(10, v.storeAvailable + 1), fulfillment: pickup }),
    );
    if (v.storeAvailable < 10) {
      expect(tooMany.status).toBe(409);
      expect(tooMany.body.error?.code).toBe('insufficient_stock');
    }
    const atStore: Res = await callRoute(
      addLine,
      '/api/cart/lines',
      json('POST', { variantId: v.variantId, quantity: 1, fulfillment: pickup }),
    );
    expect(atStore.status).toBe(200);
    expect(atStore.body.lines.filter((l) => l.variantId === v.variantId)).toHaveLength(2);

    const noVariant: Res = await callRoute(
      addLine,
      '/api/cart/lines',
      json('POST', { variantId: 'var_nope', quantity: 1 }),
    );
    expect(noVariant.status).toBe(422);
    const noStore: Res = await callRoute(
      addLine,
      '/api/cart/lines',
      json('POST', { variantId: v.variantId, quantity: 1, fulfillment: { type: 'pickup', storeId: 'str_nope' } }),
    );
    expect(noStore.status).toBe(422);
    const bad: Res = await callRoute(
      addLine,
      '/api/cart/lines',
      json('POST', { variantId: v.variantId, quantity: 'two' }),
    );
    expect(bad.status).toBe(422);
  });

  it('applies a mutation replayed 20 times in parallel with one Idempotency-Key exactly once', async () => {
    acting.user = users.a;
    const v = stocked[3]!;
    const before: Res = await callRoute(getCart, '/api/cart');
    const key = `replay-${Date.now()}`;
    const body = { variantId: v.variantId, quantity: 2 };
    const results: Res[] = await Promise.all(
      Array.from({ length: 20 }, () =>
        callRoute<Res['body']>(addLine, '/api/cart/lines', json('POST', body, { 'idempotency-key': key })),
      ),
    );
    for (const r of results) expect([200, 409]).toContain(r.status);
    const firsts = results.filter((r) => r.status === 200);
    expect(firsts.length).toBeGreaterThan(0);
    for (const r of firsts) expect(r.body).toEqual(firsts[0]!.body);
    const after: Res = await callRoute(getCart, '/api/cart');
    const qty = (c: Cart) =>
      c.lines.find((l) => l.variantId === v.variantId && l.fulfillment.type === 'ship')?.quantity ?? 0;
    expect(qty(after.body)).toBe(qty(before.body) + 2);
    expect(after.body.version).toBe(before.body.version + 1);

    const reused: Res = await callRoute(
      addLine,
      '/api/cart/lines',
      json('POST', { ...body, quantity: 1 }, { 'idempotency-key': key }),
    );
    expect(reused.status).toBe(422);
    expect(reused.body.error?.code).toBe('idempotency_key_reused');
    const replay: Res = await callRoute(addLine, '/api/cart/lines', json('POST', body, { 'idempotency-key': key }));
    expect(replay.body).toEqual(firsts[0]!.body);
  });

  it('refuses a write based on a stale version (If-Match)', async () => {
    acting.user = users.a;
    const cart: Res = await callRoute(getCart, '/api/cart');
    const line = cart.body.lines[0]!;
    const stale = `"${cart.body.id}.${cart.body.version - 1}"`;
    const res: Res = await callRoute(patchLine, `/api/cart/lines/${line.id}`, {
      params: { lineId: line.id },
      ...json('PATCH', { quantity: 1 }, { 'if-match': stale }),
    });
    expect(res.status).toBe(412);
    const fresh: Res = await callRoute(patchLine, `/api/cart/lines/${line.id}`, {
      params: { lineId: line.id },
      ...json('PATCH', { quantity: 1 }, { 'if-match': `"${cart.body.id}.${cart.body.version}"` }),
    });
    expect(fresh.status).toBe(200);
  });

  it('never lets one account read or change another account’s lines', async () => {
    acting.user = users.a;
    const aCart: Res = await callRoute(getCart, '/api/cart');
    const aLine = aCart.body.lines[0]!;
    acting.user = users.b;
    const bCart: Res = await callRoute(getCart, '/api/cart');
    expect(bCart.body.id).not.toBe(aCart.body.id);
    expect(bCart.body.lines.map((l) => l.id)).not.toContain(aLine.id);
    const patch: Res = await callRoute(patchLine, `/api/cart/lines/${aLine.id}`, {
      params: { lineId: aLine.id },
      ...json('PATCH', { quantity: 2 }),
    });
    expect(patch.status).toBe(404);
    const del: Res = await callRoute(deleteLine, `/api/cart/lines/${aLine.id}`, {
      params: { lineId: aLine.id },
      init: { method: 'DELETE' },
    });
    expect(del.status).toBe(404);
    acting.user = users.a;
    const unchanged: Res = await callRoute(getCart, '/api/cart');
    expect(unchanged.body.version).toBe(aCart.body.version);
    // A guest cannot reach it either.
    acting.user = null;
    const guest: Res = await callRoute(deleteLine, `/api/cart/lines/${aLine.id}`, {
      params: { lineId: aLine.id },
      init: { method: 'DELETE' },
    });
    expect(guest.status).toBe(404);
  });

  it('refuses cross-site writes', async () => {
    acting.user = users.a;
    const res: Res = await callRoute(
      addLine,
      '/api/cart/lines',
      json(
        'POST',
        { variantId: stocked[0]!.variantId, quantity: 1 },
        { origin: 'https://evil.example', host: 'aisle.test' },
      ),
    );
    expect(res.status).toBe(403);
    expect(res.body.error?.code).toBe('cross_site_request');
    // A browser's own word that the request is cross-site is enough, with no Origin at all.
    const fetchMetadata: Res = await callRoute(
      addLine,
      '/api/cart/lines',
      json('POST', { variantId: stocked[0]!.variantId, quantity: 1 }, { 'sec-fetch-site': 'cross-site' }),
    );
    expect(fetchMetadata.status).toBe(403);
    expect(fetchMetadata.body.error?.code).toBe('cross_site_request');
    // Same-site and same-origin writes go through.
    const sameOrigin: Res = await callRoute(
      addLine,
      '/api/cart/lines',
      json(
        'POST',
        { variantId: stocked[0]!.variantId, quantity: 1 },
        { origin: 'http://aisle.test', host: 'aisle.test', 'sec-fetch-site': 'same-origin' },
      ),
    );
    expect(sameOrigin.status).toBe(200);
  });

  it('moves pickup lines to a new pickup store and says what it lacks', async () => {
    acting.user = users.b;
    const v = stocked[4]!;
    await callRoute(
      addLine,
      '/api/cart/lines',
      json('POST', { variantId: v.variantId, quantity: 2, fulfillment: { type: 'pickup', storeId: v.storeId } }),
    );
    const stores = rowsOf(
      z.object({ store_id: z.string() }),
      await db.db.execute(sql`
        SELECT l.store_id FROM inventory_locations l
        WHERE l.kind = 'store' AND NOT EXISTS (
          SELECT 1 FROM stock_levels s WHERE s.location_id = l.id AND s.variant_id = ${v.variantId} AND s.on_hand - s.reserved >= 2)
        LIMIT 1`),
    );
    const target = stores[0]?.store_id;
    if (!target) return;
    const moved: Res = await callRoute(putPickupStore, '/api/cart/pickup-store', json('PUT', { storeId: target }));
    expect(moved.status).toBe(200);
    expect(moved.body.pickupStoreId).toBe(target);
    const line = moved.body.lines.find((l) => l.variantId === v.variantId && l.fulfillment.type === 'pickup');
    expect(line?.fulfillment).toEqual({ type: 'pickup', storeId: target });
    expect(moved.body.notices?.some((n) => n.code === 'availability_changed')).toBe(true);
  });

  it('a new guest refused on their first write (with an Idempotency-Key) leaves no row at all, not even the key', async () => {
    const item = await pickStoreVariant(db.db, 5);
    await setStock(db.db, item.locationId, item.variantId, 1);
    const tables = await everyTableButCounters();
    expect(tables).toContain('idempotency_keys');
    const before = await dbFingerprint(db.db, tables);
    const refusedAdd = () =>
      callRoute<Res['body']>(
        addLine,
        '/api/cart/lines',
        json(
          'POST',
          { variantId: item.variantId, quantity: 2, fulfillment: { type: 'pickup', storeId: item.storeId } },
          { 'idempotency-key': 'first-add-refused' },
        ),
      );
    const refused = await refusedAdd();
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe('insufficient_stock');
    expect(refused.headers.get('set-cookie')).toBeNull();
    // A retry (still no cookie: none was set) is refused the same way, and writes nothing either.
    const retried = await refusedAdd();
    expect(retried.status).toBe(409);
    // A checkout from a stranger with no bag: refused, with nothing but its attempt counted.
    const emptyCheckout = await callRoute<Res['body']>(
      checkout,
      '/api/checkout',
      json(
        'POST',
        { contact: { email: 'nobag@example.com' }, payment: { method: 'pay_at_pickup' } },
        { 'idempotency-key': 'checkout-no-bag' },
      ),
    );
    expect(emptyCheckout.status).toBe(422);
    expect(emptyCheckout.body.error?.code).toBe('cart_empty');
    expect(await dbFingerprint(db.db, tables)).toEqual(before);
  });
});
