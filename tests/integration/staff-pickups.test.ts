import { and, eq, ne, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  inventoryLocations,
  integrationEvents,
  orders,
  outbox,
  pickups,
  products,
  productTranslations,
  variants,
} from '@/lib/db/schema';
import type { Order } from '@/lib/orders/schema';
import { releaseExpiredPickups } from '@/lib/orders/pickup-lifecycle';
import { readPickupQueue } from '@/lib/staff-pickups/read-queue';
import { staffMarkCollected, staffMarkReady, type StaffActionEntry } from '@/lib/staff-pickups/work-pickup';
import { makeUser } from '../support/accounts';
import { api } from '../support/api';
import { guestCartWith, pickStoreVariant, pickupCheckout, setStock, stockAt } from '../support/checkout-fixtures';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
type Item = Awaited<ReturnType<typeof pickStoreVariant>>;
let item: Item;
let otherStoreId: string;

/** An associate of `stores` whose audit entries land in `entries` (the route records them in staff_audit_log). */
function associate(stores: string[]) {
  const entries: StaffActionEntry[] = [];
  return { entries, storeIds: stores, audit: async (_tx: unknown, e: StaffActionEntry) => void entries.push(e) };
}

let keys = 0;
async function placePickup(
  storeId: string,
  quantity = 1,
  as: Parameters<typeof api.as>[0] = null,
  cookies: Record<string, string> = {},
) {
  const { token } = await guestCartWith(db.db, { variantId: item.variantId, storeId }, quantity);
  const placed = await api
    .as(as)
    .guest({ 'aisle-cart': token, ...cookies })
    .post<{ order: Order }>(
      '/api/checkout',
      // A contact of its own per order: one shopper's uncollected pickups are limited.
      { ...pickupCheckout, contact: { email: `pickup${++keys}@example.com`, phone: `010-5555-${1000 + keys}` } },
      { idempotencyKey: `sp-${keys}` },
    );
  expect(placed.body.error).toBeUndefined();
  const [pickup] = await db.db.select().from(pickups).where(eq(pickups.orderId, placed.body.order.id));
  return { order: placed.body.order, code: pickup!.code };
}

beforeAll(async () => {
  item = await pickStoreVariant(db.db);
  const [other] = await db.db
    .select()
    .from(inventoryLocations)
    .where(and(eq(inventoryLocations.kind, 'store'), ne(inventoryLocations.id, item.locationId)))
    .limit(1);
  otherStoreId = other!.storeId!;
  await setStock(db.db, item.locationId, item.variantId, 50);
  await setStock(db.db, other!.id, item.variantId, 50);
});

describe(`the staff pickup queue (${DB_LABEL})`, () => {
  it("lists a store's new pickups oldest first with the pick list and first names only; other stores' are not there", async () => {
    const minji = await makeUser(db.db, 'minji@example.com');
    await db.db.execute(sql`UPDATE users SET name = 'Minji Kim' WHERE id = ${minji.id}`);
    const first = await placePickup(item.storeId, 2, minji);
    const second = await placePickup(item.storeId);
    const elsewhere = await placePickup(otherStoreId);
    const queue = await readPickupQueue(db.db, item.storeId, 'new', new Date());
    const ids = queue.map((p) => p.orderId);
    expect(ids).toContain(first.order.id);
    expect(ids.indexOf(first.order.id)).toBeLessThan(ids.indexOf(second.order.id));
    expect(ids).not.toContain(elsewhere.order.id);
    const shown = queue.find((p) => p.orderId === first.order.id)!;
    expect(shown).toMatchObject({ status: 'new', customerFirstName: 'Minji', paymentDue: true });
    expect(shown.items).toEqual([
      expect.objectContaining({ sku: item.sku, quantity: 2, size: expect.anything() as unknown }),
    ]);
    expect(shown.holdUntil).toBe(first.order.pickup!.holdUntil);
    // Nothing more of the shopper than the first name.
    expect(JSON.stringify(queue)).not.toMatch(/@example|Kim|5555|\+8210/);
    for (const p of queue) expect(Date.parse(p.placedAt)).toBeGreaterThanOrEqual(Date.parse(queue[0]!.placedAt));
  });

  it('marks ready: the shopper is told through the outbox, order.ready_for_pickup is emitted, audited once; a repeat changes nothing', async () => {
    const { order, code } = await placePickup(item.storeId);
    const staff = associate([item.storeId]);
    const ready = await staffMarkReady(db.db, staff, { orderId: order.id }, new Date());
    expect(ready.outcome).toBe('ready');
    expect(ready.pickup.status).toBe('ready');
    const messages = await db.db.select().from(outbox).where(eq(outbox.orderId, order.id));
    const told = messages.filter((m) => m.kind === 'pickup_ready');
    for (const m of told) expect(m.body).toContain(code);
    expect(told.map((m) => m.channel).sort()).toEqual(['email', 'sms']);
    const events = await db.db
      .select()
      .from(integrationEvents)
      .where(
        sql`${integrationEvents.type} = 'order.ready_for_pickup' AND ${integrationEvents.data}->>'orderId' = ${order.id}`,
      );
    expect(events).toHaveLength(1);
    expect(staff.entries).toEqual([
      {
        action: 'pickup.ready',
        storeId: item.storeId,
        target: order.id,
        before: { status: 'new' },
        after: { status: 'ready' },
        at: expect.any(Date) as unknown,
      },
    ]);

    const again = await staffMarkReady(db.db, staff, { orderId: order.id, storeId: item.storeId }, new Date());
    expect(again.outcome).toBe('already_ready');
    expect(again.message).toMatch(/already ready/);
    expect(await db.db.select().from(outbox).where(eq(outbox.orderId, order.id))).toHaveLength(messages.length);
    expect(staff.entries).toHaveLength(1);
    const queue = await readPickupQueue(db.db, item.storeId, 'ready', new Date());
    expect(queue.map((p) => p.orderId)).toContain(order.id);
    expect((await readPickupQueue(db.db, item.storeId, 'new', new Date())).map((p) => p.orderId)).not.toContain(
      order.id,
    );
  });

  it('tells the shopper in the language the order was placed in; an order placed with no choice stays English', async () => {
    const { order, code } = await placePickup(item.storeId, 1, null, { 'aisle-locale': 'ja' });
    const [row] = await db.db.select({ locale: orders.locale }).from(orders).where(eq(orders.id, order.id));
    expect(row!.locale).toBe('ja');
    // The confirmation names the item by its Japanese title, not the English one it is stored under.
    const [names] = await db.db
      .select({ en: products.title, ja: productTranslations.title })
      .from(variants)
      .innerJoin(products, eq(products.id, variants.productId))
      .innerJoin(
        productTranslations,
        and(eq(productTranslations.productId, products.id), eq(productTranslations.locale, 'ja')),
      )
      .where(eq(variants.id, item.variantId));
    const [placedMail] = await db.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.orderId, order.id), eq(outbox.kind, 'order_placed'), eq(outbox.channel, 'email')));
    expect(placedMail!.body).toContain(names!.ja!);
    expect(placedMail!.body).not.toContain(names!.en);
    await staffMarkReady(db.db, associate([item.storeId]), { orderId: order.id }, new Date());
    const told = (await db.db.select().from(outbox).where(eq(outbox.orderId, order.id))).filter(
      (m) => m.kind === 'pickup_ready',
    );
    expect(told.map((m) => m.channel).sort()).toEqual(['email', 'sms']);
    const email = told.find((m) => m.channel === 'email')!;
    expect(email.subject).toMatch(new RegExp(`^【Aisle】ご注文 ${order.number} の商品を.+でご用意しました$`));
    expect(email.body).toContain(`受け取りコード${code}をご提示ください。`);
    expect(email.body).not.toMatch(/\b(Your order|ready for pickup|AM|PM)\b/);
    // An order placed without a language choice stays English.
    const plain = await placePickup(item.storeId);
    await staffMarkReady(db.db, associate([item.storeId]), { orderId: plain.order.id }, new Date());
    const [english] = await db.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.orderId, plain.order.id), eq(outbox.kind, 'pickup_ready'), eq(outbox.channel, 'email')));
    expect(english!.body).toMatch(/^Your order .+ is ready for pickup at /);
  });

  it("refuses another store's associate with 404, as if the order did not exist, and changes nothing", async () => {
    const { order, code } = await placePickup(item.storeId);
    const stranger = associate([otherStoreId]);
    for (const attempt of [
      () => staffMarkReady(db.db, stranger, { orderId: order.id }, new Date()),
      () => staffMarkReady(db.db, stranger, { orderId: order.id, storeId: item.storeId }, new Date()),
      () => staffMarkCollected(db.db, stranger, { orderId: order.id, code }, new Date()),
      () => staffMarkReady(db.db, stranger, { orderId: 'no-such-order' }, new Date()),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: 'not_found', status: 404 });
    }
    expect(stranger.entries).toEqual([]);
    const [pickup] = await db.db.select().from(pickups).where(eq(pickups.orderId, order.id));
    expect(pickup!.status).toBe('reserved');
  });

  it('collects with the right code only (typed in lower case with spaces too); the same code again is an idempotent success; stock leaves the store', async () => {
    const { order, code } = await placePickup(item.storeId, 3);
    const staff = associate([item.storeId]);
    await staffMarkReady(db.db, staff, { orderId: order.id }, new Date());
    const before = await stockAt(db.db, item.locationId, item.variantId);
    const wrong = code === '222222' ? '333333' : '222222';
    await expect(
      staffMarkCollected(db.db, staff, { orderId: order.id, code: wrong }, new Date()),
    ).rejects.toMatchObject({
      code: 'pickup_code_wrong',
      status: 422,
    });
    expect(await stockAt(db.db, item.locationId, item.variantId)).toEqual(before);
    // The wrong try is on record, without the code typed.
    expect(staff.entries.at(-1)).toEqual({
      action: 'pickup.code_wrong',
      storeId: item.storeId,
      target: order.id,
      at: expect.any(Date),
    });

    const typed = `${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`;
    const done = await staffMarkCollected(db.db, staff, { orderId: order.id, code: typed }, new Date());
    expect(done).toMatchObject({ outcome: 'collected', pickup: { status: 'collected' } });
    const after = await stockAt(db.db, item.locationId, item.variantId);
    expect(after.onHand).toBe(before.onHand - 3);
    expect(after.reserved).toBe(before.reserved - 3);
    expect(staff.entries.at(-1)).toMatchObject({ action: 'pickup.collected', before: { status: 'ready' } });

    const again = await staffMarkCollected(db.db, staff, { orderId: order.id, code }, new Date());
    expect(again.outcome).toBe('already_collected');
    expect(again.message).toMatch(/already collected/);
    expect(await stockAt(db.db, item.locationId, item.variantId)).toEqual(after);
    expect(staff.entries.map((e) => e.action)).toEqual(['pickup.ready', 'pickup.code_wrong', 'pickup.collected']);
    // A wrong code is still wrong after collection: a repeat never confirms a guess.
    await expect(
      staffMarkCollected(db.db, staff, { orderId: order.id, code: wrong }, new Date()),
    ).rejects.toMatchObject({
      code: 'pickup_code_wrong',
    });
    await expect(staffMarkReady(db.db, staff, { orderId: order.id }, new Date())).rejects.toMatchObject({
      code: 'pickup_closed',
      status: 409,
    });
    const collected = await readPickupQueue(db.db, item.storeId, 'collected', new Date());
    expect(collected.map((p) => p.orderId)).toContain(order.id);
  });

  it('refuses to mark an expired pickup ready or collected, and lists it under expired', async () => {
    const { order, code } = await placePickup(item.storeId);
    const staff = associate([item.storeId]);
    const later = new Date(Date.parse(order.pickup!.holdUntil) + 60_000);
    await releaseExpiredPickups(db.db, later);
    await expect(staffMarkReady(db.db, staff, { orderId: order.id }, later)).rejects.toMatchObject({
      code: 'pickup_closed',
      message: expect.stringMatching(/expired/) as unknown,
    });
    await expect(staffMarkCollected(db.db, staff, { orderId: order.id, code }, later)).rejects.toMatchObject({
      code: 'pickup_closed',
    });
    expect((await readPickupQueue(db.db, item.storeId, 'expired', later)).map((p) => p.orderId)).toContain(order.id);
    expect(staff.entries).toEqual([]);
  });

  it('asks which store when an order is collected at several of an admin’s stores', async () => {
    const { order } = await placePickup(item.storeId);
    const admin = associate([]);
    const everywhere = { ...admin, storeIds: 'all' as const };
    const named = await staffMarkReady(db.db, everywhere, { orderId: order.id }, new Date());
    expect(named.pickup.storeId).toBe(item.storeId);
  });
});
