import { eq, sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import type { Category, ProductDetail, ProductList } from '@/lib/catalog/schema';
import { products } from '@/lib/db/schema';
import type { Store } from '@/lib/stores/schema';
import { api } from '../support/api';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };

describe(`catalog API (${DB_LABEL})`, () => {
  it('pages through at least 120 products with opaque cursors, each exactly once', async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    let total = 0;
    do {
      const query: string = `/api/products?limit=25${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await api.get<ProductList>(query);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toContain('public');
      for (const item of res.body.items) {
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
        expect(Number.isInteger(item.price.amount)).toBe(true);
        expect(item.price.currency).toBe('KRW');
        expect(item.image?.url).toMatch(/^\/media\/art\/[a-z]+\/[0-9a-f]{6}\/front\.svg$/);
      }
      total = res.body.total;
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(seen.size).toBeGreaterThanOrEqual(120);
    expect(seen.size).toBe(total);
  });

  it.each([
    ['limit=-5', 'limit'],
    ['limit=abc', 'limit'],
    ['limit=1000', 'limit'],
    ['minPrice=-1', 'minPrice'],
    ['minPrice=5000&maxPrice=10', 'minPrice'],
    ['cursor=not-a-cursor', 'cursor'],
    ['sort=random', 'sort'],
  ])('rejects %s with a 422 JSON error naming the field', async (qs, field) => {
    const res = await api.get<ErrorBody>(`/api/products?${qs}`);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('invalid_request');
    expect(res.body.error.fields?.[field]?.length).toBeGreaterThan(0);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });

  it('filters by category, size, colour and price together', async () => {
    const res = await api.get<ProductList>(
      '/api/products?category=shoes&size=260&color=Black&maxPrice=200000&limit=60',
    );
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    for (const item of res.body.items) {
      expect(item.category).toBe('shoes');
      const detail = await api.get<ProductDetail>(`/api/products/${item.handle}`);
      // One variant must satisfy every variant filter at once.
      expect(
        detail.body.variants.some(
          (v) => v.options.size === '260' && v.options.color === 'Black' && v.price.amount <= 200_000,
        ),
      ).toBe(true);
    }
  });

  it('finds products despite typos, ranked by relevance', async () => {
    const merino = await api.get<ProductList>('/api/products?q=mereno%20swater');
    expect(merino.body.items.length).toBeGreaterThan(0);
    expect(merino.body.items[0]?.title.toLowerCase()).toMatch(/merino/);
    const jacket = await api.get<ProductList>('/api/products?q=jaket');
    expect(jacket.body.items.length).toBeGreaterThan(0);
    // Jackets by title rank above products that only mention a jacket in their description.
    const isJacket = jacket.body.items.map((p) => /jacket/i.test(p.title));
    expect(isJacket[0]).toBe(true);
    expect(isJacket).toEqual([...isJacket].sort((a, b) => Number(b) - Number(a)));
    const nothing = await api.get<ProductList>('/api/products?q=zzzzqqq');
    expect(nothing.body.items).toEqual([]);
    expect(nothing.body.total).toBe(0);
  });

  it('returns a product with variants in minor units, and a 404 JSON error for an unknown handle', async () => {
    const list = await api.get<ProductList>('/api/products?limit=1');
    const handle = list.body.items[0]!.handle;
    const res = await api.get<ProductDetail>(`/api/products/${handle}`);
    expect(res.status).toBe(200);
    expect(res.body.variants.length).toBeGreaterThan(0);
    expect(res.body.images.length).toBeGreaterThan(0);
    for (const v of res.body.variants) expect(Number.isInteger(v.price.amount)).toBe(true);

    const missing = await api.get<ErrorBody>('/api/products/no-such-thing');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const malformed = await api.get<ErrorBody>('/api/products/%3Cscript%3E');
    expect(malformed.status).toBe(422);
  });

  it('lists at least 8 categories that add up to the catalog', async () => {
    const res = await api.get<{ categories: Category[] }>('/api/categories');
    expect(res.body.categories.length).toBeGreaterThanOrEqual(8);
    const list = await api.get<ProductList>('/api/products?limit=1');
    expect(res.body.categories.reduce((n, c) => n + c.productCount, 0)).toBe(list.body.total);
  });

  it('lists at least 10 stores with coordinates, nearest first from a position', async () => {
    const all = await api.get<{ stores: Store[] }>('/api/stores');
    expect(all.body.stores.length).toBeGreaterThanOrEqual(10);
    for (const s of all.body.stores) {
      // Korea, Japan and Singapore: north of the equator, east of the Malacca Strait.
      expect(s.lat).toBeGreaterThan(1);
      expect(s.lng).toBeGreaterThan(103);
      expect(s.hours).toHaveLength(7);
      expect(s.distanceMeters).toBeUndefined();
    }
    // Haeundae beach, Busan.
    const near = await api.get<{ stores: Store[] }>('/api/stores?lat=35.1587&lng=129.1604');
    const distances = near.body.stores.map((s) => s.distanceMeters ?? -1);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(near.body.stores[0]?.address.city).toBe('Busan');
    expect(near.headers.get('cache-control')).toBe('private, no-store');
    const half = await api.get<ErrorBody>('/api/stores?lat=37.5');
    expect(half.status).toBe(422);
    const wild = await api.get<ErrorBody>('/api/stores?lat=91&lng=0');
    expect(wild.status).toBe(422);
  });

  it('filters to products available at a store, which differs between stores', async () => {
    const stores = (await api.get<{ stores: Store[] }>('/api/stores')).body.stores;
    const totals = new Set<number>();
    for (const store of stores.slice(0, 4)) {
      const res = await api.get<ProductList>(`/api/products?storeId=${store.id}&limit=1`);
      expect(res.status).toBe(200);
      expect(res.body.total).toBeGreaterThan(0);
      totals.add(res.body.total);
    }
    expect(totals.size).toBeGreaterThan(1);
  });

  it('reports health with the database kind', async () => {
    const res = await api.get<{ status: string; database: string }>('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: db.label });
  });

  it('keeps catalog reads for the configured time, never stock: a rename shows after expiry, a sell-out at once', async () => {
    const handle = 'heavy-canvas-tote';
    const read = async () => (await api.get<ProductDetail>(`/api/products/${handle}`)).body;
    const before = await read();
    await db.db.update(products).set({ title: 'Renamed Tote' }).where(eq(products.handle, handle));
    // Within the time to live every read is answered from memory.
    expect((await read()).title).toBe(before.title);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 61_000);
      expect((await read()).title).toBe('Renamed Tote');
    } finally {
      vi.useRealTimers();
      await db.db.update(products).set({ title: before.title }).where(eq(products.handle, handle));
    }

    // "In stock at my store" reads stock live: emptying a store's shelves shows on the next request.
    const stores = (await api.get<{ stores: Store[] }>('/api/stores')).body.stores;
    const store = stores[0]!;
    const listed = async () => (await api.get<ProductList>(`/api/products?storeId=${store.id}&limit=1`)).body.total;
    expect(await listed()).toBeGreaterThan(0);
    await db.db.execute(sql`UPDATE stock_levels SET on_hand = reserved WHERE location_id IN
      (SELECT id FROM inventory_locations WHERE store_id = ${store.id})`);
    expect(await listed()).toBe(0);
  });
});
