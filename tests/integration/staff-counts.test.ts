import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { integrationEvents, inventoryLocations, stockLevels } from '@/lib/db/schema';
import { postStoreCount } from '@/lib/staff-counts/post-count';
import { readStoreStock } from '@/lib/staff-counts/read-store-stock';
import type { StaffActionEntry } from '@/lib/staff-pickups/work-pickup';
import { api } from '../support/api';
import { guestCartWith, pickStoreVariant, pickupCheckout, setStock, stockAt } from '../support/checkout-fixtures';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
let item: Awaited<ReturnType<typeof pickStoreVariant>>;

function associate(stores: string[]) {
  const entries: StaffActionEntry[] = [];
  return { entries, storeIds: stores, audit: async (_tx: unknown, e: StaffActionEntry) => void entries.push(e) };
}

beforeAll(async () => {
  item = await pickStoreVariant(db.db, 3);
  await setStock(db.db, item.locationId, item.variantId, 10);
  await db.db
    .update(inventoryLocations)
    .set({ safetyStock: 1, lowStockThreshold: 2 })
    .where(eq(inventoryLocations.id, item.locationId));
});

const lowEvents = () =>
  db.db
    .select()
    .from(integrationEvents)
    .where(sql`${integrationEvents.type} = 'stock.low' AND ${integrationEvents.data}->>'sku' = ${item.sku}`);

describe(`staff stock counts (${DB_LABEL})`, () => {
  it('reads on hand, reserved, safety stock and available (on hand − reserved − safety stock) at the store', async () => {
    const { token } = await guestCartWith(db.db, item, 2);
    const placed = await api
      .guest({ 'aisle-cart': token })
      .post('/api/checkout', pickupCheckout, { idempotencyKey: 'count-hold' });
    expect(placed.status).toBe(201);
    const stock = await readStoreStock(db.db, item.storeId, ` ${item.sku} `);
    expect(stock).toMatchObject({ sku: item.sku, onHand: 10, reserved: 2, safetyStock: 1, available: 7 });
    await expect(readStoreStock(db.db, item.storeId, 'NO-SUCH-SKU')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses a count below the units held for orders (409, nothing clipped, nothing audited)', async () => {
    const staff = associate([item.storeId]);
    const before = await stockAt(db.db, item.locationId, item.variantId);
    await expect(
      postStoreCount(db.db, staff, item.storeId, { sku: item.sku, onHand: 1 }, new Date()),
    ).rejects.toMatchObject({ code: 'count_below_reserved', status: 409, details: { reserved: 2 } });
    expect(await stockAt(db.db, item.locationId, item.variantId)).toEqual(before);
    expect(staff.entries).toEqual([]);
  });

  it('applies an absolute count as of now, audited with before and after; stock.low when it crosses the threshold', async () => {
    const staff = associate([item.storeId]);
    const lowBefore = (await lowEvents()).length;
    const done = await postStoreCount(db.db, staff, item.storeId, { sku: item.sku, onHand: 4 }, new Date());
    expect(done.before).toMatchObject({ onHand: 10, reserved: 2, available: 7 });
    expect(done.stock).toMatchObject({ onHand: 4, reserved: 2, safetyStock: 1, available: 1 });
    expect(done.stock.countedAt).not.toBeNull();
    expect(staff.entries).toEqual([
      {
        action: 'count.posted',
        storeId: item.storeId,
        target: item.sku,
        before: { onHand: 10, reserved: 2, available: 7 },
        after: { onHand: 4, reserved: 2, available: 1 },
        at: expect.any(Date) as unknown,
      },
    ]);
    expect(await lowEvents()).toHaveLength(lowBefore + 1);
    const [row] = await db.db
      .select()
      .from(stockLevels)
      .where(and(eq(stockLevels.locationId, item.locationId), eq(stockLevels.variantId, item.variantId)));
    expect(row!.onHand).toBe(4);
  });

  it('refuses a count older than one already applied (a feed count dated later wins)', async () => {
    const staff = associate([item.storeId]);
    const later = new Date(Date.now() + 60_000);
    await db.db
      .update(stockLevels)
      .set({ countedAt: later })
      .where(and(eq(stockLevels.locationId, item.locationId), eq(stockLevels.variantId, item.variantId)));
    await expect(
      postStoreCount(db.db, staff, item.storeId, { sku: item.sku, onHand: 6 }, new Date()),
    ).rejects.toMatchObject({ code: 'count_stale' });
    expect((await stockAt(db.db, item.locationId, item.variantId)).onHand).toBe(4);
  });

  it('counts a SKU never stocked at the store (its row is made) and names an unknown SKU 404', async () => {
    const staff = associate([item.storeId]);
    const other = await pickStoreVariant(db.db, 40);
    await db.db
      .delete(stockLevels)
      .where(and(eq(stockLevels.locationId, item.locationId), eq(stockLevels.variantId, other.variantId)));
    const done = await postStoreCount(db.db, staff, item.storeId, { sku: other.sku, onHand: 3 }, new Date());
    expect(done.before).toMatchObject({ onHand: 0, reserved: 0 });
    expect(done.stock).toMatchObject({ onHand: 3, available: 2 });
    await expect(
      postStoreCount(db.db, staff, item.storeId, { sku: 'NO-SUCH-SKU', onHand: 3 }, new Date()),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
