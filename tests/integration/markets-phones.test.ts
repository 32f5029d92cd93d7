import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { carts, cartHandoffs, orders, phoneChallenges } from '@/lib/db/schema';
import type { EndlessAisleResult } from '@/lib/endless-aisle/schema';
import type { BackInStockResponse } from '@/lib/inventory/back-in-stock-schema';
import type { Order } from '@/lib/orders/schema';
import { findOrCreateCartId } from '@/lib/cart/find-cart';
import { api } from '../support/api';
import { makeUser } from '../support/accounts';
import { guestCartWith, pickStoreVariant, setStock } from '../support/checkout-fixtures';
import { placeStore } from '../support/market-stores';
import { staffWith } from '../support/staff';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
let shibuya: Awaited<ReturnType<typeof placeStore>>;
let orchard: Awaited<ReturnType<typeof placeStore>>;
let item: Awaited<ReturnType<typeof pickStoreVariant>>;

beforeAll(async () => {
  shibuya = await placeStore(db.db, 'shibuya');
  orchard = await placeStore(db.db, 'orchard');
  item = await pickStoreVariant(db.db, 5);
  await setStock(db.db, item.locationId, item.variantId, 50);
  await setStock(db.db, shibuya.locationId, item.variantId, 50);
  await setStock(db.db, orchard.locationId, item.variantId, 0);
});

describe(`phones normalised with the market's region (${DB_LABEL})`, () => {
  const checkout = (token: string, phone: string) =>
    api
      .guest({ 'aisle-cart': token })
      .post<{ order: Order }>(
        '/api/checkout',
        { contact: { email: 'jp@example.com', phone }, payment: { method: 'pay_at_pickup' } },
        { idempotencyKey: crypto.randomUUID() },
      );

  it('checkout: 090-1234-5678 in a yen bag is +819012345678; in a won bag it is no phone (422 naming contact.phone)', async () => {
    const kr = await guestCartWith(db.db, item);
    const refused = await checkout(kr.token, '090-1234-5678');
    expect(refused.status).toBe(422);
    expect(refused.body.error?.fields).toHaveProperty(['contact.phone']);
    const jp = await guestCartWith(db.db, item);
    await db.db.update(carts).set({ currency: 'JPY' }).where(eq(carts.id, jp.cartId));
    const placed = await checkout(jp.token, '090-1234-5678');
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const [stored] = await db.db
      .select({ phone: orders.phone })
      .from(orders)
      .where(eq(orders.id, placed.body.order.id));
    expect(stored?.phone).toBe('+819012345678');
  });

  it('account phone: an account whose bag is in yen links 090… as a Japanese number', async () => {
    const user = await makeUser(db.db, `phone-jp-${Date.now()}@example.com`);
    const cartId = await findOrCreateCartId(db.db, { userId: user.id }, new Date());
    await db.db.update(carts).set({ currency: 'JPY' }).where(eq(carts.id, cartId));
    const started = await api.as(user).post('/api/account/phone/start', { phone: '090-1234-5678', purpose: 'link' });
    expect(started.status).toBe(202);
    const challenges = await db.db.select().from(phoneChallenges).where(eq(phoneChallenges.phone, '+819012345678'));
    expect(challenges).toHaveLength(1);
    // In a won bag the same digits are no phone at all.
    const krUser = await makeUser(db.db, `phone-kr-${Date.now()}@example.com`);
    const refused = await api.as(krUser).post('/api/account/phone/start', { phone: '090-1234-5678', purpose: 'link' });
    expect(refused.status).toBe(422);
  });

  it('endless aisle at a Tokyo store reads the customer’s phone as Japanese', async () => {
    const associate = await staffWith(db.db, { role: 'associate', stores: ['shibuya-test'] });
    const sent = await api.staff(associate).post<EndlessAisleResult>(
      '/api/staff/endless-aisle',
      {
        action: 'send_link',
        storeId: shibuya.storeId,
        customerPhone: '090-1234-5678',
        lines: [{ variantId: item.variantId, quantity: 1 }],
        fulfillment: { type: 'pickup', storeId: shibuya.storeId },
      },
      { idempotencyKey: crypto.randomUUID() },
    );
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const [handoff] = await db.db.select().from(cartHandoffs).where(eq(cartHandoffs.storeId, shibuya.storeId));
    expect(handoff?.phone).toBe('+819012345678');
  });

  it('back in stock at Orchard reads 8123 4567 as a Singapore number', async () => {
    const asked = await api.post<BackInStockResponse>('/api/back-in-stock', {
      variantId: item.variantId,
      storeId: orchard.storeId,
      channel: 'sms',
      to: '8123 4567',
    });
    expect(asked.status, JSON.stringify(asked.body)).toBeLessThan(300);
    expect(asked.body.to).toBe('+6581234567');
  });
});
