import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@/lib/db/rows';
import {
  backInStockRequests,
  integrationEvents,
  orderLines,
  orders,
  stockAdjustments,
  stockLevels,
} from '@/lib/db/schema';
import { countStoresWithStock, getShipAvailability } from '@/lib/inventory/ship-availability';
import type { StockFeedResult } from '@/lib/inventory/stock-feed-schema';
import { api } from '../support/api';
import { keyWith } from '../support/api-keys';
import { guestCartWith, pickupCheckout, setStock, stockAt, tillSale } from '../support/checkout-fixtures';
import { dbFingerprint } from '../support/db-fingerprint';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
type Place = { storeId: string; slug: string; locationId: string };
type Item = { variantId: string; sku: string; productId: string; title: string };
let key: string;
let places: Place[];
let items: Item[];

const feed = (body: unknown, token = key) =>
  api.key(token).post<{ results: StockFeedResult[] }>('/api/integrations/stock', body);
const safety = (slug: string, body: unknown, token = key) =>
  api
    .key(token)
    .put<{ default: number; lowStockThreshold: number }>(`/api/integrations/locations/${slug}/safety-stock`, body);
const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const WATCHED = ['stock_levels', 'stock_adjustments', 'integration_events', 'inventory_locations', 'outbox'];

async function lowEvents(sku: string) {
  const rows = await db.db.select().from(integrationEvents).where(eq(integrationEvents.type, 'stock.low'));
  return rows.filter((r) => (r.data as { sku?: string }).sku === sku).map((r) => r.data);
}

async function storeAvailable(item: Item, place: Place): Promise<number> {
  const answer = await api.get<{ stores: { storeId: string; available: number }[] }>(
    `/api/availability?variantId=${item.variantId}&storeId=${place.storeId}`,
  );
  return answer.body.stores.find((s) => s.storeId === place.storeId)!.available;
}

beforeAll(async () => {
  key = await keyWith(db, ['stock:write']);
  places = rowsOf(
    z.object({ storeId: z.string(), slug: z.string(), locationId: z.string() }),
    await db.db.execute(sql`
      SELECT s.id AS "storeId", s.slug, l.id AS "locationId" FROM stores s
      JOIN inventory_locations l ON l.store_id = s.id WHERE s.country = 'KR' ORDER BY s.id`),
  );
  items = rowsOf(
    z.object({ variantId: z.string(), sku: z.string(), productId: z.string(), title: z.string() }),
    await db.db.execute(sql`
      SELECT v.id AS "variantId", v.sku, p.id AS "productId", p.title FROM variants v
      JOIN products p ON p.id = v.product_id ORDER BY v.id LIMIT 40`),
  );
});

describe(`stock in (${DB_LABEL})`, () => {
  it('applies a newer count and reports an older or equally old one as stale, changing nothing', async () => {
    const [place, item] = [places[0]!, items[0]!];
    const row = { location: place.slug, sku: item.sku };
    const asOf = ago(10);
    const first = await feed({ counts: [{ ...row, onHand: 7, asOf }] });
    expect(first.status).toBe(200);
    expect(first.body.results).toEqual([
      expect.objectContaining({ type: 'count', index: 0, status: 'applied', onHand: 7, reserved: 0, available: 7 }),
    ]);
    const same = await feed({ counts: [{ ...row, onHand: 3, asOf }] });
    const older = await feed({ counts: [{ ...row, onHand: 4, asOf: ago(20) }] });
    for (const answer of [same, older]) {
      expect(answer.body.results[0]).toMatchObject({ status: 'stale', onHand: 7, available: 7 });
    }
    expect(await stockAt(db.db, place.locationId, item.variantId)).toMatchObject({ onHand: 7 });
    const newer = await feed({ counts: [{ ...row, onHand: 9, asOf: ago(5) }] });
    expect(newer.body.results[0]).toMatchObject({ status: 'applied', onHand: 9 });
    // The warehouse is `online`.
    const online = await feed({ counts: [{ location: 'online', sku: item.sku, onHand: 11, asOf: ago(1) }] });
    expect(online.body.results[0]).toMatchObject({ status: 'applied', onHand: 11 });
  });

  it('applies an adjustment once: a repeat is a duplicate, the same id with other content an error', async () => {
    const [place, item] = [places[0]!, items[1]!];
    await setStock(db.db, place.locationId, item.variantId, 5);
    const receipt = { location: place.slug, sku: item.sku, delta: 3, reason: 'received', externalId: 'grn-1001' };
    const first = await feed({ adjustments: [receipt] });
    expect(first.body.results[0]).toMatchObject({
      type: 'adjustment',
      status: 'applied',
      onHand: 8,
      externalId: 'grn-1001',
    });
    const again = await feed({ adjustments: [receipt, receipt] });
    expect(again.body.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    const changed = await feed({ adjustments: [{ ...receipt, delta: 4 }] });
    expect(changed.body.results[0]).toMatchObject({ status: 'error', error: { code: 'external_id_reused' } });
    const wrongSign = await feed({ adjustments: [{ ...receipt, delta: -2, reason: 'received', externalId: 'grn-x' }] });
    expect(wrongSign.body.results[0]).toMatchObject({ status: 'error', error: { code: 'delta_sign_mismatch' } });
    expect(await stockAt(db.db, place.locationId, item.variantId)).toMatchObject({ onHand: 8 });

    // A count, then a damage that happened before it: already in the count, so stale (and kept as seen).
    const count = await feed({ counts: [{ location: place.slug, sku: item.sku, onHand: 6, asOf: ago(2) }] });
    expect(count.body.results[0]!.status).toBe('applied');
    const before = { location: place.slug, sku: item.sku, delta: -1, reason: 'damaged', externalId: 'dmg-1' };
    const occurredAt = ago(3);
    const late = await feed({ adjustments: [{ ...before, occurredAt }] });
    expect(late.body.results[0]).toMatchObject({ status: 'stale', onHand: 6 });
    expect((await feed({ adjustments: [{ ...before, occurredAt }] })).body.results[0]!.status).toBe('duplicate');
    // One that happened after it (or carries no time) applies on top.
    const after = await feed({ adjustments: [{ ...before, externalId: 'dmg-2' }] });
    expect(after.body.results[0]).toMatchObject({ status: 'applied', onHand: 5 });
  });

  it('records an external id once when two requests race with it for different rows', async () => {
    const place = places[0]!;
    const [a, b] = [items[9]!, items[10]!];
    for (const i of [a, b]) await setStock(db.db, place.locationId, i.variantId, 5);
    const send = (item: Item) =>
      feed({
        adjustments: [{ location: place.slug, sku: item.sku, delta: 2, reason: 'received', externalId: 'race-1' }],
      });
    const answers = await Promise.all([send(a), send(b)]);
    expect(answers.map((r) => r.body.results[0]!.error?.code ?? r.body.results[0]!.status).sort()).toEqual([
      'applied',
      'external_id_reused',
    ]);
    const onHand = [
      (await stockAt(db.db, place.locationId, a.variantId)).onHand,
      (await stockAt(db.db, place.locationId, b.variantId)).onHand,
    ];
    expect(onHand.sort()).toEqual([5, 7]);
  });

  it('never takes on hand below what is held: a conflict with the numbers, and nothing changed', async () => {
    const [place, item] = [places[1]!, items[2]!];
    await setStock(db.db, place.locationId, item.variantId, 4);
    const cart = await guestCartWith(db.db, { variantId: item.variantId, storeId: place.storeId }, 3);
    const placed = await api
      .guest({ 'aisle-cart': cart.token })
      .post('/api/checkout', pickupCheckout, { idempotencyKey: 'feed-held' });
    expect(placed.status).toBe(201);
    const before = await stockAt(db.db, place.locationId, item.variantId);
    const at = { location: place.slug, sku: item.sku };
    const answer = await feed({
      counts: [{ ...at, onHand: 2, asOf: ago(1) }],
      adjustments: [{ ...at, delta: -2, reason: 'lost', externalId: 'lost-1' }],
    });
    expect(answer.body.results).toEqual([
      expect.objectContaining({ status: 'conflict', requestedOnHand: 2, onHand: 4, reserved: 3 }),
      expect.objectContaining({ status: 'conflict', requestedOnHand: 2, onHand: 4, reserved: 3 }),
    ]);
    expect(await stockAt(db.db, place.locationId, item.variantId)).toEqual(before);
    // A refused adjustment is not remembered: sent again once it fits, it applies.
    expect(await db.db.select().from(stockAdjustments).where(eq(stockAdjustments.externalId, 'lost-1'))).toEqual([]);
    const fits = await feed({ adjustments: [{ ...at, delta: -1, reason: 'lost', externalId: 'lost-1' }] });
    expect(fits.body.results[0]).toMatchObject({ status: 'applied', onHand: 3, reserved: 3, available: 0 });
  });

  it('answers an unknown location or SKU on its row, and lands the others', async () => {
    const [place, item] = [places[0]!, items[3]!];
    const answer = await feed({
      counts: [
        { location: 'no-such-store', sku: item.sku, onHand: 1, asOf: ago(1) },
        { location: place.slug, sku: 'NO-SUCH-SKU', onHand: 1, asOf: ago(1) },
        { location: place.slug, sku: item.sku, onHand: 12, asOf: ago(1) },
        { location: place.slug, sku: item.sku, onHand: 1, asOf: new Date(Date.now() + 3_600_000).toISOString() },
      ],
    });
    expect(answer.status).toBe(200);
    expect(answer.body.results.map((r) => r.error?.code ?? r.status)).toEqual([
      'unknown_location',
      'unknown_sku',
      'applied',
      'as_of_in_future',
    ]);
    expect(await stockAt(db.db, place.locationId, item.variantId)).toMatchObject({ onHand: 12 });
  });

  it('refuses a missing, wrong or under-scoped key, a shopper, and a bad body, writing nothing', async () => {
    const [place, item] = [places[0]!, items[4]!];
    const good = { counts: [{ location: place.slug, sku: item.sku, onHand: 5, asOf: ago(1) }] };
    const before = await dbFingerprint(db.db, WATCHED);
    const readOnly = await keyWith(db, ['orders:read']);
    expect((await api.post('/api/integrations/stock', good)).status).toBe(401);
    expect((await feed(good, 'aisle_sk_not-a-key')).status).toBe(401);
    expect((await feed(good, readOnly)).status).toBe(403);
    expect((await safety(place.slug, { default: 3 }, readOnly)).status).toBe(403);
    for (const bad of [
      {},
      { counts: [] },
      { counts: [{ ...good.counts[0], onHand: -1 }] },
      { counts: [{ ...good.counts[0], asOf: 'yesterday' }] },
      { counts: [good.counts[0], { location: place.slug, sku: item.sku, onHand: 1.5, asOf: ago(1) }] },
      { adjustments: [{ location: place.slug, sku: item.sku, delta: 0, reason: 'received', externalId: 'z' }] },
      { adjustments: [{ location: place.slug, sku: item.sku, delta: 1, reason: 'gift', externalId: 'z' }] },
      { counts: Array.from({ length: 10_001 }, () => good.counts[0]) },
    ]) {
      const answer = await feed(bad);
      expect(answer.status, JSON.stringify(bad).slice(0, 80)).toBe(422);
    }
    const huge = JSON.stringify({ counts: [{ ...good.counts[0], sku: 'x'.repeat(5 * 1024 * 1024) }] });
    const tooLarge = await api.key(key).post('/api/integrations/stock', undefined, { raw: huge });
    expect(tooLarge.status).toBe(413);
    expect((await safety(place.slug, { default: -1 })).status).toBe(422);
    expect((await safety(place.slug, { default: 1, variants: [{ sku: 'NO-SUCH', quantity: 1 }] })).status).toBe(422);
    expect((await safety('no-such-store', { default: 1 })).status).toBe(404);
    expect(await dbFingerprint(db.db, WATCHED)).toEqual(before);
  });

  it('takes 10,000 rows in one request', async () => {
    const place = places[2]!;
    const counts = Array.from({ length: 10_000 }, (_, i) => ({
      location: place.slug,
      sku: items[i % 20]!.sku,
      onHand: i % 50,
      asOf: new Date(Date.now() - 60_000 + i).toISOString(),
    }));
    const answer = await feed({ counts });
    expect(answer.status).toBe(200);
    expect(answer.body.results).toHaveLength(10_000);
    // Each SKU's latest count wins.
    const last = counts[9_999]!;
    const item = items.find((i) => i.sku === last.sku)!;
    expect(await stockAt(db.db, place.locationId, item.variantId)).toMatchObject({ onHand: last.onHand });
  });
});

describe(`safety stock (${DB_LABEL})`, () => {
  it('reaches availability, the listing filter "in stock at my store", the bag and checkout', async () => {
    const place = places[3]!;
    const item = items[5]!;
    // Only this variant of its product is at this store: 3 on hand.
    await db.db.execute(sql`
      UPDATE stock_levels SET on_hand = 0, reserved = 0 WHERE location_id = ${place.locationId}
        AND variant_id IN (SELECT id FROM variants WHERE product_id = ${item.productId})`);
    await setStock(db.db, place.locationId, item.variantId, 3);
    const listed = async () => {
      const q = new URLSearchParams({ q: item.title, storeId: place.storeId, limit: '48' });
      const answer = await api.get<{ items: { id: string }[] }>(`/api/products?${q}`);
      return answer.body.items.some((p) => p.id === item.productId);
    };
    expect(await storeAvailable(item, place)).toBe(3);
    expect(await listed()).toBe(true);
    const storesWith = async () => (await countStoresWithStock(db.db, [item.variantId]))[item.variantId];
    const storesBefore = await storesWith();

    const set = await safety(place.slug, { default: 1, variants: [{ sku: item.sku, quantity: 2 }] });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ location: place.slug, default: 1, variants: [{ sku: item.sku, quantity: 2 }] });
    expect(await storeAvailable(item, place)).toBe(1);

    // The bag takes the one unit above safety stock, not two.
    const pickup = { type: 'pickup', storeId: place.storeId };
    const tooMany = await api
      .guest()
      .post('/api/cart/lines', { variantId: item.variantId, quantity: 2, fulfillment: pickup });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.error?.code).toBe('insufficient_stock');

    // Two shoppers for the last unit above safety stock: it sells once, the safety units never.
    const carts = [];
    for (let i = 0; i < 3; i++)
      carts.push(await guestCartWith(db.db, { variantId: item.variantId, storeId: place.storeId }));
    const results = await Promise.all(
      carts
        .slice(0, 2)
        .map((c, i) =>
          api
            .guest({ 'aisle-cart': c.token })
            .post(
              '/api/checkout',
              { ...pickupCheckout, contact: { email: `last-${i}@example.com` } },
              { idempotencyKey: `last-${i}` },
            ),
        ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const third = await api
      .guest({ 'aisle-cart': carts[2]!.token })
      .post(
        '/api/checkout',
        { ...pickupCheckout, contact: { email: 'last-2@example.com' } },
        { idempotencyKey: 'last-2' },
      );
    expect(third.status).toBe(409);
    expect(await stockAt(db.db, place.locationId, item.variantId)).toMatchObject({ onHand: 3, reserved: 1 });
    expect(await storeAvailable(item, place)).toBe(0);
    expect(await listed()).toBe(false);
    expect(await storesWith()).toBe(storesBefore! - 1);

    // The till is the store's own shelf: safety stock does not stop a sale the customer holds.
    const sale = await api
      .till()
      .post(
        '/api/pos/orders',
        tillSale({ externalId: 'safety-till', storeId: place.storeId, sku: item.sku, quantity: 2 }),
      );
    expect(sale.status).toBe(201);
    const [line] = await db.db
      .select({ oversold: orderLines.oversold })
      .from(orderLines)
      .innerJoin(orders, eq(orders.id, orderLines.orderId))
      .where(eq(orders.externalId, 'safety-till'));
    expect(line?.oversold).toBe(0);
    expect(await stockAt(db.db, place.locationId, item.variantId)).toMatchObject({ onHand: 1, reserved: 1 });

    // Replaced whole: without the variant listed, it falls back to the default.
    const reset = await safety(place.slug, { default: 0 });
    expect(reset.body).toMatchObject({ default: 0, variants: [] });
    const [row] = await db.db
      .select()
      .from(stockLevels)
      .where(and(eq(stockLevels.locationId, place.locationId), eq(stockLevels.variantId, item.variantId)));
    expect(row?.safetyStock).toBeNull();
  });

  it('holds back the warehouse too: shipping availability', async () => {
    const item = items[6]!;
    await feed({ counts: [{ location: 'online', sku: item.sku, onHand: 4, asOf: ago(1) }] });
    const ship = async () =>
      (await api.get<{ ship: { available: number } }>(`/api/availability?variantId=${item.variantId}`)).body.ship
        .available;
    expect(await ship()).toBe(4);
    await safety('online', { default: 0, variants: [{ sku: item.sku, quantity: 3 }] });
    expect(await ship()).toBe(1);
    // The product page reads the same numbers.
    expect(await getShipAvailability(db.db, [item.variantId])).toEqual({ [item.variantId]: 1 });
    await safety('online', { default: 0 });
    expect(await ship()).toBe(4);
  });

  it('answers "tell me when it is back" when a count brings a sold-out item back', async () => {
    const [place, item] = [places[4]!, items[7]!];
    await setStock(db.db, place.locationId, item.variantId, 0);
    const asked = await api.post('/api/back-in-stock', {
      variantId: item.variantId,
      storeId: place.storeId,
      channel: 'email',
      to: 'waiting@example.com',
    });
    expect(asked.status).toBe(201);
    const waiting = () =>
      db.db.select().from(backInStockRequests).where(eq(backInStockRequests.variantId, item.variantId));
    expect((await waiting())[0]?.notifiedAt).toBeNull();
    await feed({ counts: [{ location: place.slug, sku: item.sku, onHand: 2, asOf: ago(1) }] });
    expect((await waiting())[0]?.notifiedAt).not.toBeNull();
  });
});

describe(`stock.low (${DB_LABEL})`, () => {
  it('is emitted once when available crosses the threshold, by a count, an adjustment or a checkout', async () => {
    const [place, item] = [places[5]!, items[8]!];
    await safety(place.slug, { default: 1, lowStockThreshold: 2 });
    const count = (onHand: number, minutes: number) =>
      feed({ counts: [{ location: place.slug, sku: item.sku, onHand, asOf: ago(minutes) }] });
    await count(10, 30); // available 9: above
    expect(await lowEvents(item.sku)).toEqual([]);
    await count(3, 29); // available 2: crossed
    expect(await lowEvents(item.sku)).toEqual([
      { location: place.slug, sku: item.sku, variantId: item.variantId, available: 2, threshold: 2 },
    ]);
    await count(2, 28); // still below: nothing more
    await feed({
      adjustments: [{ location: place.slug, sku: item.sku, delta: -1, reason: 'damaged', externalId: 'low-1' }],
    });
    expect(await lowEvents(item.sku)).toHaveLength(1);
    // Back above, then a checkout takes it down again.
    await count(4, 27); // available 3
    const cart = await guestCartWith(db.db, { variantId: item.variantId, storeId: place.storeId }, 1);
    const placed = await api
      .guest({ 'aisle-cart': cart.token })
      .post('/api/checkout', pickupCheckout, { idempotencyKey: 'low-checkout' });
    expect(placed.status).toBe(201);
    const events = await lowEvents(item.sku);
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({ available: 2, threshold: 2 });
    expect(JSON.stringify(events)).not.toContain('@');
    // Safety stock raised is stock held back: available 5 → 2 crosses, once (the same PUT again: nothing).
    await count(7, 26);
    await safety(place.slug, { default: 4 });
    expect(await lowEvents(item.sku)).toHaveLength(3);
    await safety(place.slug, { default: 4 });
    expect(await lowEvents(item.sku)).toHaveLength(3);
    await safety(place.slug, { default: 0 });
  });
});
