import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cart } from '@/lib/cart/schema';
import { inventoryLocations, stores } from '@/lib/db/schema';
import type { Availability } from '@/lib/inventory/schema';
import type { Order } from '@/lib/orders/schema';
import { releaseExpiredPickups } from '@/lib/orders/pickup-lifecycle';
import type { Store } from '@/lib/stores/schema';
import type { StoreUpsertResult } from '@/lib/stores/contract';
import { storeTextIn } from '@/lib/stores/store-text';
import { makeUser } from '../support/accounts';
import { api } from '../support/api';
import { keyWith } from '../support/api-keys';
import { guestCartWith, pickStoreVariant, pickupCheckout, setStock, stockAt } from '../support/checkout-fixtures';
import { dbFingerprint } from '../support/db-fingerprint';
import { storeBody } from '../support/store-fixtures';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
let writer: ReturnType<typeof api.key>;
const put = (code: string, body: unknown) => writer.put<StoreUpsertResult>(`/api/integrations/stores/${code}`, body);
const STORE_TABLES = ['stores', 'inventory_locations'];

beforeAll(async () => {
  writer = api.key(await keyWith(db, ['stores:write']));
});

describe(`stores in: PUT /api/integrations/stores/{code} (${DB_LABEL})`, () => {
  it('creates a store with its stock location (201), then reports the same body unchanged and writes nothing', async () => {
    const created = await put('mangwon', storeBody());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.status).toBe('created');
    expect(created.body.store).toMatchObject({
      slug: 'mangwon',
      name: 'Aisle Mangwon',
      address: { street: '35 Poeun-ro, Mapo-gu', city: 'Seoul', region: 'KR-11', postalCode: '04007', country: 'KR' },
      timezone: 'Asia/Seoul',
      pickup: true,
      translations: {
        ko: { name: '에일 망원', street: '마포구 포은로 35', city: '서울' },
        ja: { name: 'エイル望遠', city: 'ソウル' },
      },
    });
    const id = created.body.store.id;
    const [location] = await db.db.select().from(inventoryLocations).where(eq(inventoryLocations.storeId, id));
    expect(location).toMatchObject({ kind: 'store', name: 'Aisle Mangwon' });

    const before = await dbFingerprint(db.db, STORE_TABLES);
    const again = await put('mangwon', storeBody());
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('unchanged');
    expect(again.body.store.id).toBe(id);
    expect(await dbFingerprint(db.db, STORE_TABLES)).toEqual(before);

    // The shop lists it at once, and its own words serve pages in Korean and Japanese.
    const listed = (await api.get<{ stores: Store[] }>('/api/stores')).body.stores.find((s) => s.id === id);
    expect(listed?.name).toBe('Aisle Mangwon');
    const [row] = await db.db.select().from(stores).where(eq(stores.id, id));
    expect(storeTextIn(row!, 'ko')).toEqual({ name: '에일 망원', street: '마포구 포은로 35', city: '서울' });
    // A line the retailer left in English is the English one, marked so a page says it is English.
    expect(storeTextIn(row!, 'ja')).toEqual({
      name: 'エイル望遠',
      street: '35 Poeun-ro, Mapo-gu',
      streetLang: 'en',
      city: 'ソウル',
    });
    expect(storeTextIn(row!, 'en').name).toBe('Aisle Mangwon');
  });

  it('updates what changed (200 updated): hours, name and translations; the location is renamed with it', async () => {
    const first = await put('hapjeong', storeBody());
    expect(first.status).toBe(201);
    const changed = storeBody({
      name: { en: 'Aisle Hapjeong', ko: '에일 합정' },
      hours: [null, null, null, null, null, { open: '11:00', close: '02:00' }, { open: '11:00', close: '20:00' }],
    });
    const updated = await put('hapjeong', changed);
    expect(updated.status).toBe(200);
    expect(updated.body.status).toBe('updated');
    expect(updated.body.store.id).toBe(first.body.store.id);
    expect(updated.body.store.hours[5]).toEqual({ open: '11:00', close: '02:00' });
    expect(updated.body.store.translations.ko).toEqual({ name: '에일 합정', street: '마포구 포은로 35', city: '서울' });
    expect(updated.body.store.translations.ja).toEqual({ city: 'ソウル' });
    const [location] = await db.db
      .select()
      .from(inventoryLocations)
      .where(eq(inventoryLocations.storeId, first.body.store.id));
    expect(location!.name).toBe('Aisle Hapjeong');
    expect((await put('hapjeong', changed)).body.status).toBe('unchanged');
  });

  it('refuses bad input with 422 naming the field, and writes nothing', async () => {
    const before = await dbFingerprint(db.db, STORE_TABLES);
    const bad: [string, unknown][] = [
      ['lat', storeBody({ lat: 91 })],
      ['lng', storeBody({ lng: -180.5 })],
      ['timezone', storeBody({ timezone: 'Mars/Olympus' })],
      ['timezone', storeBody({ timezone: '+09:00' })],
      ['country', storeBody({ country: 'ZZ' })],
      ['country', storeBody({ country: 'kr' })],
      ['hours', storeBody({ hours: storeBody().hours.slice(0, 6) })],
      ['hours.0.open', storeBody({ hours: [{ open: '25:00', close: '21:00' }, ...storeBody().hours.slice(1)] })],
      ['name.en', { ...storeBody(), name: { ko: '이름만' } }],
      ['pickup', { ...storeBody(), pickup: 'yes' }],
    ];
    for (const [field, body] of bad) {
      const answer = await put('refused', body);
      expect(answer.status, field).toBe(422);
      expect(Object.keys(answer.body.error?.fields ?? {}), field).toContain(field);
    }
    expect((await put('Not_A_Code', storeBody())).status).toBe(422);
    expect(await dbFingerprint(db.db, STORE_TABLES)).toEqual(before);
  });

  it('takes a key with stores:write only: none, a wrong key, another scope or a shopper cookie is 401/403 with nothing written', async () => {
    const before = await dbFingerprint(db.db, STORE_TABLES);
    const path = '/api/integrations/stores/keyless';
    expect((await api.put(path, storeBody())).status).toBe(401);
    const shopper = await makeUser(db.db, 'stores-shopper@example.com');
    expect((await api.as(shopper).put(path, storeBody())).status).toBe(401);
    expect((await api.key('aisle_sk_not-a-key').put(path, storeBody())).status).toBe(401);
    const reader = await keyWith(db, ['orders:read', 'stock:write']);
    const under = await api.key(reader).put(path, storeBody());
    expect(under.status).toBe(403);
    expect(under.body.error?.code).toBe('insufficient_scope');
    expect(await dbFingerprint(db.db, STORE_TABLES)).toEqual(before);
  });
});

describe(`a store closed for pickup (${DB_LABEL})`, () => {
  let item: Awaited<ReturnType<typeof pickStoreVariant>>;
  let code: string;
  let body: ReturnType<typeof storeBody>;
  let held: { order: Order; code: string };

  beforeAll(async () => {
    item = await pickStoreVariant(db.db, 3);
    await setStock(db.db, item.locationId, item.variantId, 20);
    const [store] = await db.db.select().from(stores).where(eq(stores.id, item.storeId));
    code = store!.slug;
    // What the retailer's systems say of this seeded store, with pickup as it is.
    const { ko, ja } = store!.translations;
    const inLocales = (field: 'name' | 'street' | 'city') => ({
      en: store![field],
      ...(ko?.[field] ? { ko: ko[field] } : {}),
      ...(ja?.[field] ? { ja: ja[field] } : {}),
    });
    body = storeBody({
      name: inLocales('name'),
      address: {
        street: inLocales('street'),
        city: inLocales('city'),
        region: store!.region,
        postalCode: store!.postalCode,
      },
      country: store!.country,
      lat: store!.lat,
      lng: store!.lng,
      phone: store!.phone,
      timezone: store!.timezone,
      hours: store!.hours,
      climate: store!.climate as 'cold',
    });
    // Said as the seed made it: nothing to write.
    expect((await put(code, body)).body.status).toBe('unchanged');
    // A shopper's pickup held there before it closes for pickup.
    const bag = await guestCartWith(db.db, item, 2);
    const placed = await api
      .guest({ 'aisle-cart': bag.token })
      .post<{ order: Order }>('/api/checkout', pickupCheckout, { idempotencyKey: `closed-${code}` });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    held = { order: placed.body.order, code: placed.body.order.pickup!.code };
  });

  it('leaves every pickup choice: the pickup store list, availability, the bag and the checkout', async () => {
    // A bag with a line for pickup there, made while it still took pickups.
    const bag = await guestCartWith(db.db, item, 1);
    const shopper = api.guest({ 'aisle-cart': bag.token });
    const closed = await put(code, { ...body, pickup: false });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'updated', store: { pickup: false } });

    const pickupStores = (await api.get<{ stores: Store[] }>('/api/stores?pickup=true')).body.stores;
    expect(pickupStores.map((s) => s.id)).not.toContain(item.storeId);
    expect(pickupStores.length).toBeGreaterThan(0);
    // Still a shop: the store finder lists it, saying it takes no pickups.
    const all = (await api.get<{ stores: Store[] }>('/api/stores')).body.stores;
    expect(all.find((s) => s.id === item.storeId)?.pickup).toBe(false);

    const availability = await api.get<Availability>(`/api/availability?variantId=${item.variantId}`);
    expect(availability.body.stores.map((s) => s.storeId)).not.toContain(item.storeId);

    const fresh = api.guest();
    const setStore = await fresh.put<Cart>('/api/cart/pickup-store', { storeId: item.storeId });
    expect(setStore.status).toBe(409);
    expect(setStore.body.error?.code).toBe('pickup_unavailable');
    const addLine = await fresh.post<Cart>('/api/cart/lines', {
      variantId: item.variantId,
      quantity: 1,
      fulfillment: { type: 'pickup', storeId: item.storeId },
    });
    expect(addLine.status).toBe(409);
    expect(addLine.body.error?.code).toBe('pickup_unavailable');

    const stockBefore = await stockAt(db.db, item.locationId, item.variantId);
    const checkout = await shopper.post('/api/checkout', pickupCheckout, { idempotencyKey: `refused-${code}` });
    expect(checkout.status).toBe(409);
    expect(checkout.body.error).toMatchObject({ code: 'pickup_unavailable', lines: [{ storeId: item.storeId }] });
    expect(await stockAt(db.db, item.locationId, item.variantId)).toEqual(stockBefore);
  });

  it("keeps its open holds working: ready, then collected, and another's expiry releases stock", async () => {
    const path = `/api/pos/pickups/${held.order.id}`;
    const ready = await api.till().post<{ order: Order }>(`${path}/ready`, { storeId: item.storeId });
    expect(ready.status).toBe(200);
    expect(ready.body.order.status).toBe('ready');
    const collected = await api
      .till()
      .post<{ order: Order }>(`${path}/collected`, { storeId: item.storeId, code: held.code });
    expect(collected.status).toBe(200);
    expect(collected.body.order.status).toBe('collected');

    // A hold there that runs out is released as any other.
    await put(code, { ...body, pickup: true });
    const bag = await guestCartWith(db.db, item, 1);
    const placed = await api
      .guest({ 'aisle-cart': bag.token })
      .post<{ order: Order }>('/api/checkout', pickupCheckout, { idempotencyKey: `expiring-${code}` });
    expect(placed.status).toBe(201);
    await put(code, { ...body, pickup: false });
    const reserved = (await stockAt(db.db, item.locationId, item.variantId)).reserved;
    const later = new Date(Date.now() + 30 * 24 * 3_600_000);
    expect(await releaseExpiredPickups(db.db, later)).toBeGreaterThanOrEqual(1);
    expect((await stockAt(db.db, item.locationId, item.variantId)).reserved).toBe(reserved - 1);
  });
});
