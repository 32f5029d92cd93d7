import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { listSuggestions } from '@/lib/catalog/product-summaries';
import { rowsOf } from '@/lib/db/rows';
import { backInStockRequests, outbox, products } from '@/lib/db/schema';
import { adjustStock } from '@/lib/inventory/adjust-stock';
import { requestBackInStock } from '@/lib/inventory/request-back-in-stock';
import { releaseExpiredPickups } from '@/lib/orders/pickup-lifecycle';
import { addToWishlist, mergeWishlist, readWishlist, removeFromWishlist } from '@/lib/wishlist/wishlist';
import { makeUser } from '../support/accounts';
import { api } from '../support/api';
import { guestCartWith, pickStoreVariant, setStock, stockAt } from '../support/checkout-fixtures';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
let productIds: string[];

beforeAll(async () => {
  productIds = (await db.db.select({ id: products.id }).from(products).orderBy(products.id).limit(6)).map((p) => p.id);
});

const messagesTo = (to: string) =>
  db.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.to, to), eq(outbox.kind, 'back_in_stock')));

describe(`wishlist (${DB_LABEL})`, () => {
  it("merges a guest's list into the account once: kept products stay, unknown ones are skipped, order kept, a repeat changes nothing", async () => {
    const user = await makeUser(db.db, 'wish-merge@example.com');
    const [a, b, c, d] = productIds as [string, string, string, string];
    await addToWishlist(db.db, user.id, a, new Date('2026-01-01T00:00:00Z'));
    const merged = await mergeWishlist(db.db, user.id, [c, a, 'prd_unknown', b, c], new Date('2026-02-01T00:00:00Z'));
    expect(merged.items.map((i) => i.id)).toEqual([c, b, a]);
    const again = await mergeWishlist(db.db, user.id, [c, a, b], new Date('2026-03-01T00:00:00Z'));
    expect(again.items.map((i) => i.id)).toEqual([c, b, a]);
    // Every device reads the same list from the account.
    expect((await readWishlist(db.db, user.id)).items.map((i) => i.id)).toEqual([c, b, a]);
    expect((await removeFromWishlist(db.db, user.id, b)).items.map((i) => i.id)).toEqual([c, a]);
    expect((await addToWishlist(db.db, user.id, d, new Date('2026-04-01T00:00:00Z'))).items[0]?.id).toBe(d);
    await expect(addToWishlist(db.db, user.id, 'prd_unknown', new Date())).rejects.toMatchObject({ code: 'not_found' });
  });

  it('suggests products of the category with stock at the store or online, never the excluded ones', async () => {
    const [first] = await listSuggestions(db.db, { category: 'outerwear', exclude: [], limit: 4 });
    const rest = await listSuggestions(db.db, { category: 'outerwear', exclude: [first!.id], limit: 12 });
    expect(rest.every((p) => p.category === 'outerwear' && p.id !== first!.id)).toBe(true);
    const inStock = rowsOf(
      z.object({ id: z.string() }),
      await db.db.execute(sql`
        SELECT DISTINCT v.product_id AS id FROM variants v JOIN stock_levels s ON s.variant_id = v.id
        JOIN inventory_locations l ON l.id = s.location_id
        WHERE s.on_hand - s.reserved > 0 AND l.kind = 'warehouse' AND l.market = 'KR'`),
    ).map((r) => r.id);
    // Without a store, only what ships.
    const online = await listSuggestions(db.db, { exclude: [], limit: 12 });
    expect(online.every((p) => inStock.includes(p.id))).toBe(true);
  });
});

describe(`back in stock at my store (${DB_LABEL})`, () => {
  it('sends one message when a count restores stock, and none for a later count', async () => {
    const item = await pickStoreVariant(db.db, 3);
    await setStock(db.db, item.locationId, item.variantId, 0);
    const asked = await requestBackInStock(
      db.db,
      { variantId: item.variantId, storeId: item.storeId, channel: 'email', to: 'Count@Example.com' },
      { user: null, locale: 'en' },
      new Date(),
    );
    expect(asked).toEqual({ status: 'waiting', channel: 'email', to: 'count@example.com' });
    // Asking twice is asking once.
    await requestBackInStock(
      db.db,
      { variantId: item.variantId, storeId: item.storeId, channel: 'email', to: 'count@example.com' },
      { user: null, locale: 'en' },
      new Date(),
    );
    expect(await messagesTo('count@example.com')).toHaveLength(0);
    await adjustStock(db.db, { locationId: item.locationId, variantId: item.variantId, count: 0 }, new Date());
    expect(await messagesTo('count@example.com')).toHaveLength(0);

    await adjustStock(db.db, { locationId: item.locationId, variantId: item.variantId, count: 3 }, new Date());
    const sent = await messagesTo('count@example.com');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toMatch(/is back in stock at Aisle /);
    expect(sent[0]!.body).toMatch(/\/p\/[a-z0-9-]+/);

    await adjustStock(db.db, { locationId: item.locationId, variantId: item.variantId, delta: 2 }, new Date());
    expect(await messagesTo('count@example.com')).toHaveLength(1);
    expect(await stockAt(db.db, item.locationId, item.variantId)).toMatchObject({ onHand: 5 });
  });

  it('two restocks at once send one message per request', async () => {
    const item = await pickStoreVariant(db.db, 7);
    await setStock(db.db, item.locationId, item.variantId, 0);
    for (const to of ['race-a@example.com', 'race-b@example.com']) {
      await requestBackInStock(
        db.db,
        { variantId: item.variantId, storeId: item.storeId, channel: 'email', to },
        { user: null, locale: 'ko' },
        new Date(),
      );
    }
    await Promise.all([
      adjustStock(db.db, { locationId: item.locationId, variantId: item.variantId, delta: 1 }, new Date()),
      adjustStock(db.db, { locationId: item.locationId, variantId: item.variantId, count: 4 }, new Date()),
      adjustStock(db.db, { locationId: item.locationId, variantId: item.variantId, delta: 2 }, new Date()),
    ]);
    const a = await messagesTo('race-a@example.com');
    expect(a).toHaveLength(1);
    expect(a[0]!.body).toMatch(/다시 입고되었습니다/);
    expect(await messagesTo('race-b@example.com')).toHaveLength(1);
    const open = await db.db
      .select()
      .from(backInStockRequests)
      .where(and(eq(backInStockRequests.variantId, item.variantId), sql`${backInStockRequests.notifiedAt} IS NULL`));
    expect(open).toHaveLength(0);
  });

  it("a released pickup hold restores the store's stock and tells the account, by SMS to its own phone, once", async () => {
    const item = await pickStoreVariant(db.db, 11);
    await setStock(db.db, item.locationId, item.variantId, 1);
    // A guest holds the last one for pickup.
    const guest = await guestCartWith(db.db, item, 1);
    const placed = await api
      .guest({ 'aisle-cart': guest.token })
      .post<{ order: { id: string } }>(
        '/api/checkout',
        { contact: { email: 'holder@example.com' }, payment: { method: 'pay_at_pickup' } },
        { idempotencyKey: 'bis-hold-1' },
      );
    expect(placed.status).toBe(201);

    const waiting = await makeUser(db.db, 'waiting@example.com', '+821055501234');
    const body = { variantId: item.variantId, storeId: item.storeId, channel: 'sms' };
    const asked = await api.as(waiting).post<{ status: string; to: string }>('/api/back-in-stock', body);
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ status: 'waiting', to: '+821055501234' });

    const later = new Date(Date.now() + 4 * 24 * 3_600_000);
    expect(await releaseExpiredPickups(db.db, later)).toBeGreaterThanOrEqual(1);
    expect(await releaseExpiredPickups(db.db, later)).toBe(0);
    const texts = await messagesTo('+821055501234');
    expect(texts).toHaveLength(1);
    expect(texts[0]!.channel).toBe('sms');
  });

  it('refuses a guest without an address, and an unknown store, with 4xx', async () => {
    const item = await pickStoreVariant(db.db, 1);
    const post = (body: object) => api.post('/api/back-in-stock', body);
    const noAddress = await post({ variantId: item.variantId, storeId: item.storeId, channel: 'email' });
    expect(noAddress.status).toBe(422);
    expect(noAddress.body.error?.fields?.to).toBeDefined();
    const badPhone = await post({ variantId: item.variantId, storeId: item.storeId, channel: 'sms', to: '12' });
    expect(badPhone.status).toBe(422);
    const noStore = await post({ variantId: item.variantId, storeId: 'sto_nowhere', channel: 'email', to: 'a@b.co' });
    expect(noStore.status).toBe(404);
  });
});
