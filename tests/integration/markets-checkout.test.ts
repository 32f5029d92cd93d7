import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { findOrCreateCartId } from '@/lib/cart/find-cart';
import { newGuestToken } from '@/lib/cart/guest-cookie';
import { addLine } from '@/lib/cart/mutate-cart';
import { readCart } from '@/lib/cart/read-cart';
import { rowsOf } from '@/lib/db/rows';
import { orders, variantPrices, variants } from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';
import { MARKETS, type MarketCode } from '@/lib/markets/markets';
import { writeMarketPrices } from '@/lib/markets/price-list';
import { convertPrice, includedTax } from '@/lib/markets/rounding';
import { getOrderOrThrow } from '@/lib/orders/read-order';
import { placeOrder } from '@/lib/orders/place-order';
import type { CheckoutBody } from '@/lib/orders/schema';
import { getShipAvailability } from '@/lib/inventory/ship-availability';
import { setStock, stockAt, warehouseLocationId } from '../support/checkout-fixtures';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
const now = new Date('2026-12-02T03:00:00Z');

let items: { id: string; base: number }[];
let jpStore: string;
let krStore: string;

beforeAll(async () => {
  items = await db.db
    .select({ id: variants.id, base: variants.priceAmount })
    .from(variants)
    .orderBy(variants.id)
    .limit(3);
  const stores = rowsOf(
    z.object({ id: z.string(), country: z.string() }),
    await db.db.execute(sql`SELECT id, country FROM stores WHERE pickup ORDER BY id`),
  );
  jpStore = stores.find((s) => s.country === 'JP')!.id;
  krStore = stores.find((s) => s.country === 'KR')!.id;
});

async function bagIn(market: MarketCode, lines: { variantId: string; quantity: number; storeId?: string }[]) {
  const cartId = await findOrCreateCartId(db.db, { guestToken: newGuestToken() }, now, market);
  for (const l of lines)
    await addLine(
      db.db,
      cartId,
      {
        variantId: l.variantId,
        quantity: l.quantity,
        fulfillment: l.storeId ? { type: 'pickup', storeId: l.storeId } : { type: 'ship' },
      },
      { now },
    );
  return cartId;
}

const address = {
  JP: { name: 'Aoi Sato', line1: '1-2-3 Jinnan', city: 'Shibuya', postalCode: '150-0041', country: 'JP' },
  US: {
    name: 'Sam Lee',
    line1: '1 Market St',
    city: 'San Francisco',
    postalCode: '94105',
    country: 'US',
    region: 'CA',
  },
  USOR: { name: 'Sam Lee', line1: '1 Main St', city: 'Portland', postalCode: '97204', country: 'US', region: 'OR' },
} as const;

const checkout = (shippingAddress: CheckoutBody['shippingAddress']): Omit<CheckoutBody, 'collector'> => ({
  contact: { email: 'markets@example.com' },
  payment: { method: 'test_card', cardNumber: '4242 4242 4242 4242' },
  shippingAddress,
});

describe(`a bag in its market (${DB_LABEL})`, () => {
  it("prices a JP bag in yen from the JP list, the retailer's explicit price winning", async () => {
    const [a, b] = items;
    await writeMarketPrices(db.db, [a!.id], [{ variantId: a!.id, market: 'JP', amount: 4_321 }]);
    const jpWarehouse = await warehouseLocationId(db.db, 'JP');
    await setStock(db.db, jpWarehouse, a!.id, 10);
    await setStock(db.db, jpWarehouse, b!.id, 10);
    const cartId = await bagIn('JP', [
      { variantId: a!.id, quantity: 2 },
      { variantId: b!.id, quantity: 1 },
    ]);
    const cart = await readCart(db.db, cartId, { now });
    expect(cart.market).toBe('JP');
    expect(cart.currency).toBe('JPY');
    const unit = (id: string) => cart.lines.find((l) => l.variantId === id)?.unitPrice;
    expect(unit(a!.id)).toEqual({ amount: 4_321, currency: 'JPY' });
    expect(unit(b!.id)).toEqual({ amount: convertPrice(b!.base, MARKETS.JP), currency: 'JPY' });
    const subtotal = 2 * 4_321 + convertPrice(b!.base, MARKETS.JP);
    expect(cart.subtotal).toEqual({ amount: subtotal, currency: 'JPY' });
    const fee = cart.delivery?.fee.amount ?? 0;
    expect(cart.delivery?.fee.currency).toBe('JPY');
    expect(cart.tax).toEqual({
      included: true,
      amount: { amount: includedTax(subtotal + fee, MARKETS.JP), currency: 'JPY' },
      estimated: false,
    });
    expect(cart.total).toEqual({ amount: subtotal + fee, currency: 'JPY' });

    const { orderId } = await placeOrder(db.db, { cartId, userId: null, body: checkout(address.JP), now });
    const order = await getOrderOrThrow(db.db, orderId);
    expect(order.total.currency).toBe('JPY');
    expect(order.lines.map((l) => l.unitPrice.currency)).toEqual(['JPY', 'JPY']);
    const lines = order.lines.reduce((n, l) => n + l.lineTotal.amount, 0);
    expect(order.subtotal.amount).toBe(lines);
    expect(order.total.amount).toBe(lines - order.discounts.reduce((n, d) => n + d.amount.amount, 0) + fee);
    expect(order.tax).toEqual({
      included: true,
      amount: { amount: includedTax(order.total.amount, MARKETS.JP), currency: 'JPY' },
    });
    // Shipped from the JP warehouse: its stock is held, Korea's is untouched.
    expect((await stockAt(db.db, jpWarehouse, a!.id)).reserved).toBe(2);
  });

  it('ships a JP bag from the JP warehouse only: no Korean stock, and no oversell when two check out at once', async () => {
    const item = items[2]!;
    const jp = await warehouseLocationId(db.db, 'JP');
    const kr = await warehouseLocationId(db.db, 'KR');
    await setStock(db.db, jp, item.id, 0);
    await setStock(db.db, kr, item.id, 50);
    expect((await getShipAvailability(db.db, [item.id], 'JP'))[item.id]).toBe(0);
    const refused = bagIn('JP', [{ variantId: item.id, quantity: 1 }]);
    await expect(refused).rejects.toMatchObject({ code: 'insufficient_stock' });

    await setStock(db.db, jp, item.id, 3);
    const first = await bagIn('JP', [{ variantId: item.id, quantity: 2 }]);
    const second = await bagIn('JP', [{ variantId: item.id, quantity: 2 }]);
    const results = await Promise.allSettled(
      [first, second].map((cartId) => placeOrder(db.db, { cartId, userId: null, body: checkout(address.JP), now })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failure = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failure.reason).toBeInstanceOf(AppError);
    expect((failure.reason as AppError).code).toBe('insufficient_stock');
    expect(await stockAt(db.db, jp, item.id)).toMatchObject({ onHand: 3, reserved: 2 });
    expect(await stockAt(db.db, kr, item.id)).toMatchObject({ onHand: 50, reserved: 0 });
  });

  it("refuses pickup at a store outside the bag's market with 422 pickup_other_market, writing nothing", async () => {
    const item = items[0]!;
    const cartId = await bagIn('JP', []);
    await expect(
      addLine(
        db.db,
        cartId,
        { variantId: item.id, quantity: 1, fulfillment: { type: 'pickup', storeId: krStore } },
        { now },
      ),
    ).rejects.toMatchObject({ code: 'pickup_other_market', status: 422 });
    expect((await readCart(db.db, cartId, { now })).lines).toEqual([]);
    // A store of the market is fine.
    await setStock(db.db, (await locationOf(jpStore))!, item.id, 5);
    await addLine(
      db.db,
      cartId,
      { variantId: item.id, quantity: 1, fulfillment: { type: 'pickup', storeId: jpStore } },
      { now },
    );
    expect((await readCart(db.db, cartId, { now })).pickupStoreId).toBe(jpStore);
  });

  it('adds US sales tax at checkout by the delivery state, and estimates it in the bag', async () => {
    const item = items[1]!;
    await setStock(db.db, await warehouseLocationId(db.db, 'KR'), item.id, 20);
    const usd = convertPrice(item.base, MARKETS.US);
    const cartId = await bagIn('US', [{ variantId: item.id, quantity: 3 }]);
    const cart = await readCart(db.db, cartId, { now });
    expect(cart.currency).toBe('USD');
    const fee = cart.delivery!.fee.amount;
    // No state yet: California's rate (the highest), said to be an estimate.
    const estimate = Math.floor((3 * usd * 72_500 * 2 + 1_000_000) / 2_000_000);
    expect(cart.tax).toEqual({ included: false, amount: { amount: estimate, currency: 'USD' }, estimated: true });
    expect(cart.total.amount).toBe(3 * usd + fee + estimate);

    const { orderId } = await placeOrder(db.db, { cartId, userId: null, body: checkout(address.US), now });
    const order = await getOrderOrThrow(db.db, orderId);
    expect(order.tax).toEqual({ included: false, amount: { amount: estimate, currency: 'USD' } });
    expect(order.total).toEqual({ amount: 3 * usd + fee + estimate, currency: 'USD' });
    const [row] = await db.db.select().from(orders).where(eq(orders.id, orderId));
    expect(row).toMatchObject({ currency: 'USD', taxAmount: estimate, total: 3 * usd + fee + estimate });

    // Oregon has no sales tax.
    const oregon = await bagIn('US', [{ variantId: item.id, quantity: 1 }]);
    const placed = await placeOrder(db.db, { cartId: oregon, userId: null, body: checkout(address.USOR), now });
    expect((await getOrderOrThrow(db.db, placed.orderId)).tax).toEqual({
      included: false,
      amount: { amount: 0, currency: 'USD' },
    });
  });

  it("refuses a delivery address outside the bag's market (422 address_other_market)", async () => {
    const item = items[1]!;
    const cartId = await bagIn('US', [{ variantId: item.id, quantity: 1 }]);
    await expect(placeOrder(db.db, { cartId, userId: null, body: checkout(address.JP), now })).rejects.toMatchObject({
      code: 'address_other_market',
    });
    expect((await readCart(db.db, cartId, { now })).lines).toHaveLength(1);
  });

  it('keeps a KR bag exactly as before: base prices in won, tax inside', async () => {
    const item = items[1]!;
    const cartId = await bagIn('KR', [{ variantId: item.id, quantity: 1 }]);
    const cart = await readCart(db.db, cartId, { now });
    expect(cart.lines[0]!.unitPrice).toEqual({ amount: item.base, currency: 'KRW' });
    expect(cart.tax.included).toBe(true);
    const [kr] = await db.db
      .select()
      .from(variantPrices)
      .where(and(eq(variantPrices.variantId, item.id), eq(variantPrices.market, 'KR')));
    expect(kr).toMatchObject({ amount: item.base, currency: 'KRW', explicit: false });
  });
});

async function locationOf(storeId: string) {
  const [row] = rowsOf(
    z.object({ id: z.string() }),
    await db.db.execute(sql`SELECT id FROM inventory_locations WHERE store_id = ${storeId}`),
  );
  return row?.id;
}
