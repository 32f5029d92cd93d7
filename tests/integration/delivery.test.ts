import { asc, between, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addLine } from '@/lib/cart/mutate-cart';
import { findOrCreateCartId } from '@/lib/cart/find-cart';
import { newGuestToken } from '@/lib/cart/guest-cookie';
import type { Cart } from '@/lib/cart/schema';
import { deliveryOptions, orders, variants } from '@/lib/db/schema';
import { loadDeliveryRules } from '@/lib/delivery/repository';
import { stableId } from '@/lib/ids';
import type { Order } from '@/lib/orders/schema';
import { api } from '../support/api';
import { pickStoreVariant, setStock, warehouseLocationId } from '../support/checkout-fixtures';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
/** One item in stock both online and at a store, and its price. */
let item: Awaited<ReturnType<typeof pickStoreVariant>> & { price: number };

beforeAll(async () => {
  // An item under ₩50,000, so one of it pays delivery and enough of them do not.
  const [cheap] = await db.db
    .select()
    .from(variants)
    .where(between(variants.priceAmount, 20_000, 40_000))
    .orderBy(asc(variants.id))
    .limit(1);
  const store = await pickStoreVariant(db.db, 0);
  item = { ...store, variantId: cheap!.id, price: cheap!.priceAmount };
  await setStock(db.db, await warehouseLocationId(db.db), item.variantId, 500);
  await setStock(db.db, item.locationId, item.variantId, 500);
});

async function bagWith(lines: { quantity: number; pickup?: boolean }[]) {
  const token = newGuestToken();
  const cartId = await findOrCreateCartId(db.db, { guestToken: token }, new Date());
  for (const l of lines) {
    await addLine(
      db.db,
      cartId,
      {
        variantId: item.variantId,
        quantity: l.quantity,
        fulfillment: l.pickup ? { type: 'pickup', storeId: item.storeId } : { type: 'ship' },
      },
      { now: new Date() },
    );
  }
  return token;
}

const cartOf = async (token: string) => (await api.guest({ 'aisle-cart': token }).get<Cart>('/api/cart')).body;

type Placed = { order: Order; accessToken: string };
const place = (token: string, body: Record<string, unknown>, key = crypto.randomUUID()) =>
  api.guest({ 'aisle-cart': token }).post<Placed>('/api/checkout', body, { idempotencyKey: key });

const shipped = {
  contact: { email: 'delivery@example.com' },
  payment: { method: 'test_card', cardNumber: '4242 4242 4242 4242' },
  shippingAddress: { name: 'Jiho Kim', line1: '17 Yeonmujang-gil', city: 'Seoul', postalCode: '04782' },
};

describe(`delivery fees and totals (${DB_LABEL})`, () => {
  it('keeps rules per currency: a JPY rule is not a KRW one', async () => {
    const krw = await loadDeliveryRules(db.db, 'KRW');
    expect(krw.map((r) => [r.code, r.fee, r.freeFrom])).toEqual([
      ['standard', 3_000, 50_000],
      ['express', 6_000, null],
    ]);
    await db.db
      .update(deliveryOptions)
      .set({ fee: 550 })
      .where(eq(deliveryOptions.id, stableId('dlv', 'JPY/standard')));
    expect((await loadDeliveryRules(db.db, 'JPY')).map((r) => r.fee)).toEqual([550, 1_000]);
    expect((await loadDeliveryRules(db.db, 'KRW')).map((r) => r.fee)).toEqual([3_000, 6_000]);
    // The US is served from Korea: a longer promise than at home.
    const usd = await loadDeliveryRules(db.db, 'USD');
    expect(usd.map((r) => [r.code, r.fee, r.freeFrom, r.minDays, r.maxDays])).toEqual([
      ['standard', 1_499, 15_000, 6, 10],
      ['express', 2_999, null, 3, 5],
    ]);
  });

  it('under the threshold the bag charges standard delivery and says how much more is free; from it, free', async () => {
    const under = await cartOf(await bagWith([{ quantity: 1 }]));
    expect(under.delivery).toMatchObject({ option: 'standard', fee: { amount: 3_000, currency: 'KRW' } });
    expect(under.delivery?.options[0]).toMatchObject({
      option: 'standard',
      fee: { amount: 3_000 },
      freeFrom: { amount: 50_000 },
      spendMore: { amount: 50_000 - item.price },
    });
    expect(under.delivery?.options[1]).toMatchObject({ option: 'express', fee: { amount: 6_000 }, spendMore: null });
    expect(under.delivery?.options[0]?.estimate.earliest).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(under.total.amount).toBe(item.price + 3_000);

    const quantity = Math.ceil(50_000 / item.price);
    const over = await cartOf(await bagWith([{ quantity }]));
    expect(over.delivery?.options[0]).toMatchObject({
      fee: { amount: 0 },
      baseFee: { amount: 3_000 },
      spendMore: null,
    });
    expect(over.total.amount).toBe(item.price * quantity);
  });

  it('only delivered items count toward free delivery, and a pickup-only bag has no delivery at all', async () => {
    const mixed = await cartOf(await bagWith([{ quantity: 1 }, { quantity: 5, pickup: true }]));
    expect(mixed.subtotal.amount).toBe(item.price * 6);
    expect(mixed.delivery?.fee.amount).toBe(3_000);

    const token = await bagWith([{ quantity: 1, pickup: true }]);
    const pickupOnly = await cartOf(token);
    expect(pickupOnly.delivery).toBeNull();
    expect(pickupOnly.total.amount).toBe(item.price);
    // Asking for express on a bag with nothing to deliver charges nothing.
    const placed = await place(token, {
      contact: { email: 'pickup-only@example.com' },
      payment: { method: 'pay_at_pickup' },
      delivery: { option: 'express' },
      expectedTotal: item.price,
    });
    expect(placed.status).toBe(201);
    expect(placed.body.order).toMatchObject({ total: { amount: item.price }, delivery: null });
  });

  it('charges the chosen option in the order total, stores it on the order and shows it when read back', async () => {
    const token = await bagWith([{ quantity: 1 }]);
    const cart = await cartOf(token);
    const express = cart.delivery!.options.find((o) => o.option === 'express')!;
    // The total the bag showed (standard) is not the express total: nothing is placed.
    const stale = await place(token, { ...shipped, delivery: { option: 'express' }, expectedTotal: cart.total.amount });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'offers_changed', total: { amount: item.price + 6_000 } });

    const placed = await place(token, {
      ...shipped,
      delivery: { option: 'express' },
      expectedTotal: item.price + 6_000,
    });
    expect(placed.status).toBe(201);
    expect(placed.body.order).toMatchObject({
      subtotal: { amount: item.price },
      total: { amount: item.price + 6_000 },
      delivery: { option: 'express', fee: { amount: 6_000, currency: 'KRW' }, estimate: express.estimate },
      payment: { method: 'test_card', status: 'authorized' },
    });
    const [row] = await db.db.select().from(orders).where(eq(orders.id, placed.body.order.id));
    expect(row).toMatchObject({ deliveryFee: 6_000, total: item.price + 6_000, delivery: { option: 'express' } });

    const { id } = placed.body.order;
    const read = await api.get<Order>(`/api/orders/${id}?token=${placed.body.accessToken}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ total: { amount: item.price + 6_000 }, delivery: { fee: { amount: 6_000 } } });
  });

  it('with no option chosen charges the first; an unknown option is refused naming the field', async () => {
    const token = await bagWith([{ quantity: 1 }]);
    const unknown = await place(token, { ...shipped, delivery: { option: 'drone' } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error?.fields?.['delivery.option']).toBeDefined();

    const placed = await place(token, { ...shipped, expectedTotal: item.price + 3_000 });
    expect(placed.status).toBe(201);
    expect(placed.body.order.delivery).toMatchObject({ option: 'standard', fee: { amount: 3_000 } });
  });

  it('a retry with the same Idempotency-Key returns the same order, charged once', async () => {
    const token = await bagWith([{ quantity: 1 }]);
    const key = crypto.randomUUID();
    const body = { ...shipped, contact: { email: 'retry-delivery@example.com' }, delivery: { option: 'standard' } };
    const first = await place(token, { ...body, expectedTotal: item.price + 3_000 }, key);
    const again = await place(token, { ...body, expectedTotal: item.price + 3_000 }, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.order.id).toBe(first.body.order.id);
    expect(again.body.order.total.amount).toBe(item.price + 3_000);
    const [n] = await db.db.select({ n: count() }).from(orders).where(eq(orders.email, 'retry-delivery@example.com'));
    expect(Number(n?.n)).toBe(1);
  });
});
