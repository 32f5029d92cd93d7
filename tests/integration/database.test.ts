import { and, count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openReadyDb } from '@/lib/db';
import { inventoryLocations, products, stockLevels, stores } from '@/lib/db/schema';
import { seed, WAREHOUSE_LOCATION_ID } from '@/lib/db/seed/seed';
import { DB_LABEL, tempDataDir, useTestDb } from '../support/test-db';

describe('embedded PGlite on disk', () => {
  it('keeps data across a restart, and an empty folder gives a freshly seeded store', async () => {
    const folder = tempDataDir();
    const other = tempDataDir();
    try {
      const first = await openReadyDb({ kind: 'pglite', dataDir: folder.dir }, { seed: true });
      const [{ n }] = (await first.db.select({ n: count() }).from(products)) as [{ n: number }];
      expect(Number(n)).toBeGreaterThanOrEqual(120);
      await first.db
        .update(products)
        .set({ title: 'Renamed Before Restart' })
        .where(eq(products.handle, 'lightweight-down-puffer'));
      await first.close();

      const again = await openReadyDb({ kind: 'pglite', dataDir: folder.dir }, { seed: true });
      const [row] = await again.db.select().from(products).where(eq(products.handle, 'lightweight-down-puffer'));
      expect(row?.title).toBe('Renamed Before Restart');
      await again.close();

      // A nested folder that does not exist yet, like .data/e2e on a fresh clone.
      const fresh = await openReadyDb({ kind: 'pglite', dataDir: `${other.dir}/nested/data` }, { seed: true });
      const [freshRow] = await fresh.db.select().from(products).where(eq(products.handle, 'lightweight-down-puffer'));
      expect(freshRow?.title).toBe('Lightweight Down Puffer');
      await fresh.close();
    } finally {
      folder.remove();
      other.remove();
    }
  });
});

describe(`seeded data and stock rules (${DB_LABEL})`, () => {
  const db = useTestDb({ provide: false });

  it('re-running the seed adds nothing and leaves sold stock alone', async () => {
    const [level] = await db.db.select().from(stockLevels).limit(1);
    if (!level) throw new Error('no stock seeded');
    await db.db
      .update(stockLevels)
      .set({ onHand: level.onHand + 7 })
      .where(and(eq(stockLevels.locationId, level.locationId), eq(stockLevels.variantId, level.variantId)));
    const before = await db.db.select({ n: count() }).from(stockLevels);
    await seed(db.db);
    const after = await db.db.select({ n: count() }).from(stockLevels);
    expect(after).toEqual(before);
    const [reread] = await db.db
      .select()
      .from(stockLevels)
      .where(and(eq(stockLevels.locationId, level.locationId), eq(stockLevels.variantId, level.variantId)));
    expect(reread?.onHand).toBe(level.onHand + 7);
  });

  it('has at least 10 stores, each with its own stock pool, and stock that differs between them', async () => {
    const storeRows = await db.db.select().from(stores);
    expect(storeRows.length).toBeGreaterThanOrEqual(10);
    const locations = await db.db.select().from(inventoryLocations);
    expect(locations.filter((l) => l.kind === 'store')).toHaveLength(storeRows.length);
    expect(locations.find((l) => l.id === WAREHOUSE_LOCATION_ID)?.kind).toBe('warehouse');

    const perLocation = await db.db
      .select({ location: stockLevels.locationId, units: sql<number>`sum(${stockLevels.onHand})::int` })
      .from(stockLevels)
      .groupBy(stockLevels.locationId);
    expect(new Set(perLocation.map((r) => r.units)).size).toBeGreaterThan(5);

    // Some variants are only in stores, some only online.
    const shape = await db.db.execute(sql`
      SELECT
        count(*) FILTER (WHERE wh = 0 AND st > 0)::int AS store_only,
        count(*) FILTER (WHERE wh > 0 AND st = 0)::int AS online_only,
        count(*) FILTER (WHERE wh = 0 AND st = 0)::int AS sold_out
      FROM (
        SELECT v.id,
          coalesce(sum(s.on_hand) FILTER (WHERE l.kind = 'warehouse'), 0) AS wh,
          coalesce(sum(s.on_hand) FILTER (WHERE l.kind = 'store'), 0) AS st
        FROM variants v
        LEFT JOIN stock_levels s ON s.variant_id = v.id
        LEFT JOIN inventory_locations l ON l.id = s.location_id
        GROUP BY v.id) x`);
    const counts = (shape as unknown as { rows: { store_only: number; online_only: number }[] }).rows[0];
    expect(counts?.store_only).toBeGreaterThan(10);
    expect(counts?.online_only).toBeGreaterThan(10);
  });

  it('refuses stock rows that would make available stock negative', async () => {
    const [level] = await db.db.select().from(stockLevels).limit(1);
    if (!level) throw new Error('no stock seeded');
    const where = and(eq(stockLevels.locationId, level.locationId), eq(stockLevels.variantId, level.variantId));
    await expect(
      db.db
        .update(stockLevels)
        .set({ reserved: level.onHand + 1 })
        .where(where),
    ).rejects.toThrow();
    await expect(db.db.update(stockLevels).set({ onHand: -1 }).where(where)).rejects.toThrow();
    await expect(db.db.update(stockLevels).set({ reserved: -1 }).where(where)).rejects.toThrow();
    const [unchanged] = await db.db.select().from(stockLevels).where(where);
    expect(unchanged).toEqual(level);
  });
});
