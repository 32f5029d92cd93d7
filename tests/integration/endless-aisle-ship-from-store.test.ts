import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@/lib/db/rows';
import { inventoryLocations, orders, staffAuditLog, stockLevels, stores } from '@/lib/db/schema';
import type { EndlessAisleResult } from '@/lib/endless-aisle/schema';
import type { OrderFeed } from '@/lib/orders/feed-schema';
import type { Order } from '@/lib/orders/schema';
import { makeUser } from '../support/accounts';
import { api } from '../support/api';
import { keyWith } from '../support/api-keys';
import { pickStoreVariant, setStock, stockAt, warehouseLocationId } from '../support/checkout-fixtures';
import { staffWith, type TestStaff } from '../support/staff';
import { useTestDb } from '../support/test-db';

const db = useTestDb();
let associate: TestStaff;
let seongsu: string;
let gangnam: { id: string; name: string; locationId: string };
let warehouse: string;
let item: Awaited<ReturnType<typeof pickStoreVariant>>;

const address = { name: 'Min-ji Kim', line1: '1 Seongsu-ro', city: 'Seoul', postalCode: '04780', country: 'KR' };
const body = (from: string, over: Record<string, unknown> = {}) => ({
  action: 'place_order',
  storeId: seongsu,
  customerPhone: '010-4444-5555',
  customer: { name: 'Min-ji Kim', email: 'ship-from@example.com' },
  lines: [{ variantId: item.variantId, quantity: 1 }],
  fulfillment: { type: 'ship', from },
  payment: 'test_card',
  cardNumber: '4242 4242 4242 4242',
  shippingAddress: address,
  ...over,
});
const post = (b: unknown, key: string) =>
  api.staff(associate).post<EndlessAisleResult>('/api/staff/endless-aisle', b, { idempotencyKey: key });
/** What is written by a placement: orders, reservations, bags and audit rows. */
const written = async () =>
  rowsOf(
    z.object({ orders: z.coerce.number(), reservations: z.coerce.number(), carts: z.coerce.number() }),
    await db.db.execute(sql`SELECT (SELECT count(*) FROM orders) AS orders,
      (SELECT count(*) FROM reservations) AS reservations, (SELECT count(*) FROM carts) AS carts`),
  )[0]!;
const audits = async () =>
  (await db.db.select().from(staffAuditLog).where(eq(staffAuditLog.staffId, associate.id))).length;
/** Stock the order may promise here: on hand 2 with 1 kept as this variant's safety stock. */
async function oneFreeAt(locationId: string) {
  await setStock(db.db, locationId, item.variantId, 2);
  await db.db
    .update(stockLevels)
    .set({ safetyStock: 1 })
    .where(and(eq(stockLevels.locationId, locationId), eq(stockLevels.variantId, item.variantId)));
}

beforeAll(async () => {
  const storeBy = async (slug: string) =>
    (
      await db.db
        .select({ id: stores.id, name: stores.name, locationId: inventoryLocations.id })
        .from(stores)
        .innerJoin(inventoryLocations, eq(inventoryLocations.storeId, stores.id))
        .where(eq(stores.slug, slug))
    )[0]!;
  seongsu = (await storeBy('seongsu')).id;
  gangnam = await storeBy('gangnam');
  associate = await staffWith(db.db, { role: 'associate', stores: ['seongsu'] });
  warehouse = await warehouseLocationId(db.db);
  item = await pickStoreVariant(db.db, 40);
  // The warehouse lacks it; Gangnam has it.
  await setStock(db.db, warehouse, item.variantId, 0);
});

describe('ship-from-store (endless aisle)', () => {
  it('reserves at the store that ships it, not the warehouse; the order and the feed name the store', async () => {
    await setStock(db.db, gangnam.locationId, item.variantId, 3);
    const ware = await stockAt(db.db, warehouse, item.variantId);
    const placed = await post(body(gangnam.id), 'ship-from-1');
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const order = (placed.body as { order: Order }).order;
    expect(order.shipFromStore).toEqual({ id: gangnam.id, name: gangnam.name });
    expect(order.delivery).not.toBeNull();
    expect(await stockAt(db.db, gangnam.locationId, item.variantId)).toMatchObject({ onHand: 3, reserved: 1 });
    expect(await stockAt(db.db, warehouse, item.variantId)).toMatchObject({ reserved: ware.reserved });
    const [row] = await db.db.select().from(orders).where(eq(orders.id, order.id));
    expect(row).toMatchObject({ shipFromStoreId: gangnam.id, source: 'endless_aisle', storeId: seongsu });

    // GET /api/orders/{id}: the customer (by their verified phone) sees where it ships from.
    const owner = await makeUser(db.db, 'ship-owner@example.com', '+821044445555');
    const seen = await api.as(owner).get<Order>(`/api/orders/${order.id}`);
    expect(seen.status, JSON.stringify(seen.body)).toBe(200);
    expect(seen.body.shipFromStore).toEqual({ id: gangnam.id, name: gangnam.name });

    const erp = api.key(await keyWith(db, ['orders:read']));
    let found: OrderFeed['orders'][number] | undefined;
    for (let attempt = 0; attempt < 50 && !found; attempt++) {
      const page = await erp.get<OrderFeed>('/api/integrations/orders?limit=500');
      expect(page.status).toBe(200);
      found = page.body.orders.find((o) => o.id === order.id);
      if (!found) await new Promise((r) => setTimeout(r, 100));
    }
    expect(found?.delivery).toMatchObject({ fromStoreId: gangnam.id });
    expect(found?.lines).toEqual([expect.objectContaining({ fulfillment: 'ship', storeId: null })]);
  });

  it('sells the store’s last free unit once: of two concurrent placements one is placed, one refused', async () => {
    await oneFreeAt(gangnam.locationId);
    const before = await written();
    const results = await Promise.all([
      post(body(gangnam.id), 'ship-from-race-a'),
      post(body(gangnam.id, { customerPhone: '010-4444-6666' }), 'ship-from-race-b'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)!.body.error?.code).toBe('insufficient_stock');
    expect(await stockAt(db.db, gangnam.locationId, item.variantId)).toMatchObject({ onHand: 2, reserved: 1 });
    const after = await written();
    expect(after).toEqual({ ...before, orders: before.orders + 1, reservations: before.reservations + 1 });
  });

  it('refuses a store without the stock, or no such store, with 4xx JSON and writes nothing', async () => {
    await setStock(db.db, gangnam.locationId, item.variantId, 1);
    const before = { ...(await written()), audits: await audits() };
    const short = await post(body(gangnam.id, { lines: [{ variantId: item.variantId, quantity: 2 }] }), 'ship-short');
    expect(short.status).toBe(409);
    expect(short.body.error).toMatchObject({
      code: 'insufficient_stock',
      fields: { 'fulfillment.from': [expect.any(String)] },
    });
    const unknown = await post(body('sto_nowhere'), 'ship-unknown');
    expect(unknown.status).toBe(422);
    expect(unknown.body.error?.fields).toHaveProperty(['fulfillment.from']);
    // A link's bag is the shopper's own: delivered from the warehouse only.
    const link = await post(
      {
        action: 'send_link',
        storeId: seongsu,
        customerPhone: '010-4444-7777',
        lines: body('x').lines,
        fulfillment: { type: 'ship', from: gangnam.id },
      },
      'ship-link',
    );
    expect(link.status).toBe(422);
    expect({ ...(await written()), audits: await audits() }).toEqual(before);
    expect(await stockAt(db.db, gangnam.locationId, item.variantId)).toMatchObject({ onHand: 1, reserved: 0 });
  });

  it('delivers from the warehouse when told so (or not told), as before', async () => {
    await setStock(db.db, warehouse, item.variantId, 2);
    await setStock(db.db, gangnam.locationId, item.variantId, 2);
    for (const [from, key] of [
      ['warehouse', 'ship-ware-1'],
      [undefined, 'ship-ware-2'],
    ] as const) {
      const b = body('warehouse');
      const placed = await post(from ? b : { ...b, fulfillment: { type: 'ship' } }, key);
      expect(placed.status, JSON.stringify(placed.body)).toBe(201);
      expect((placed.body as { order: Order }).order.shipFromStore).toBeUndefined();
    }
    expect(await stockAt(db.db, warehouse, item.variantId)).toMatchObject({ reserved: 2 });
    expect(await stockAt(db.db, gangnam.locationId, item.variantId)).toMatchObject({ reserved: 0 });
  });
});
