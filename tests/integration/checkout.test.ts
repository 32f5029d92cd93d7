import { count, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { orders, outbox, reservations } from '@/lib/db/schema';
import { releaseExpiredPickups } from '@/lib/orders/pickup-lifecycle';
import type { Order } from '@/lib/orders/schema';
import { api } from '../support/api';
import { guestCartWith, pickStoreVariant, pickupCheckout, setStock, stockAt } from '../support/checkout-fixtures';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();

type Placed = { order: Order; accessToken: string; error?: { code: string; lines?: unknown[] } };
/** A checkout from the browser that holds the guest bag `token`. */
const post = (token: string, body: unknown, key: string) =>
  api.guest({ 'aisle-cart': token }).post<Placed>('/api/checkout', body, { idempotencyKey: key });

describe(`checkout and pickup (${DB_LABEL})`, () => {
  it('sells the last 5 units exactly 5 times to 50 concurrent checkouts', async () => {
    const item = await pickStoreVariant(db.db, 0);
    await setStock(db.db, item.locationId, item.variantId, 5);
    const carts = [];
    for (let i = 0; i < 50; i++) carts.push(await guestCartWith(db.db, item));
    // Fifty shoppers: one shopper's checkouts would queue behind each other (reservation-limits.ts).
    const results = await Promise.all(
      carts.map((c, i) =>
        post(c.token, { ...pickupCheckout, contact: { email: `race-${i}@example.com` } }, `race-${i}`),
      ),
    );
    const placed = results.filter((r) => r.status === 201);
    const refused = results.filter((r) => r.status === 409);
    expect(placed).toHaveLength(5);
    expect(refused).toHaveLength(45);
    for (const r of refused) {
      expect(r.body.error?.code).toBe('insufficient_stock');
      expect(r.body.error?.lines).toHaveLength(1);
    }
    const stock = await stockAt(db.db, item.locationId, item.variantId);
    expect(stock.onHand - stock.reserved).toBe(0);
    expect(stock.reserved).toBe(5);
    // No reservation without an order, no order without its reservation.
    const orphans = rowsOf(
      z.object({ n: sqlNumber }),
      await db.db.execute(
        sql`SELECT count(*)::int AS n FROM reservations r LEFT JOIN orders o ON o.id = r.order_id WHERE o.id IS NULL`,
      ),
    );
    expect(orphans[0]?.n).toBe(0);
    const held = await db.db
      .select({ n: count() })
      .from(reservations)
      .where(eq(reservations.variantId, item.variantId));
    expect(Number(held[0]?.n)).toBe(5);
    // The refused carts still hold their line; the placed ones are empty.
    for (const r of placed) {
      expect(r.body.order.pickup?.code).toMatch(/^[2-9A-Z]{6}$/);
      expect(r.body.order.status).toBe('placed');
    }
  });

  it('returns the same order for a replayed Idempotency-Key and refuses a different body with it', async () => {
    const item = await pickStoreVariant(db.db, 3);
    await setStock(db.db, item.locationId, item.variantId, 10);
    const cart = await guestCartWith(db.db, item, 2);
    const first = await post(cart.token, pickupCheckout, 'order-once');
    expect(first.status).toBe(201);
    const again = await post(cart.token, pickupCheckout, 'order-once');
    expect(again.status).toBe(201);
    expect(again.body.order.id).toBe(first.body.order.id);
    const other = await post(cart.token, { ...pickupCheckout, contact: { email: 'else@example.com' } }, 'order-once');
    expect(other.status).toBe(422);
    expect((await stockAt(db.db, item.locationId, item.variantId)).reserved).toBe(2);
    const missingKey = await api.post('/api/checkout', pickupCheckout);
    expect(missingKey.status).toBe(428);
  });

  it('lets store staff mark a pickup ready and collected only with a valid signature and code', async () => {
    const item = await pickStoreVariant(db.db, 6);
    await setStock(db.db, item.locationId, item.variantId, 4);
    const cart = await guestCartWith(db.db, item, 1);
    const { order } = (await post(cart.token, pickupCheckout, 'pos-flow')).body;
    const path = `/api/pos/pickups/${order.id}/ready`;
    const body = { storeId: item.storeId };

    const unsigned = await api.post(path, body);
    expect(unsigned.status).toBe(401);
    expect((await api.till({ secret: 'wrong-secret-wrong' }).post(path, body)).status).toBe(401);
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    expect((await api.till({ at: stale }).post(path, body)).status).toBe(401);
    const tampered = await api
      .till()
      .post(path, body, { raw: JSON.stringify({ storeId: 'str_other' }), signed: JSON.stringify(body) });
    expect(tampered.status).toBe(401);
    const [unchanged] = await db.db.select().from(orders).where(eq(orders.id, order.id));
    expect(unchanged?.status).toBe('placed');

    const ok = await api.till().post<{ order: Order }>(path, body);
    expect(ok.status).toBe(200);
    expect(ok.body.order.status).toBe('ready');
    const messages = await db.db.select().from(outbox).where(eq(outbox.orderId, order.id));
    expect(messages.map((m) => `${m.channel}:${m.kind}`).sort()).toEqual(
      ['email:order_placed', 'email:pickup_ready', 'sms:order_placed', 'sms:pickup_ready'].sort(),
    );
    expect(messages.find((m) => m.kind === 'pickup_ready' && m.channel === 'sms')?.to).toBe('+821023456789');

    const collectPath = `/api/pos/pickups/${order.id}/collected`;
    const wrongCode = await api.till().post(collectPath, { ...body, code: 'XXXXXX' });
    expect(wrongCode.status).toBe(422);
    const done = await api.till().post<{ order: Order }>(collectPath, { ...body, code: order.pickup!.code });
    expect(done.body.order.status).toBe('collected');
    const stock = await stockAt(db.db, item.locationId, item.variantId);
    expect(stock).toMatchObject({ onHand: 3, reserved: 0 });
  });

  it('releases a pickup held past its deadline: the stock returns and the shopper is told', async () => {
    const item = await pickStoreVariant(db.db, 9);
    await setStock(db.db, item.locationId, item.variantId, 3);
    const cart = await guestCartWith(db.db, item, 2);
    const { order } = (await post(cart.token, pickupCheckout, 'will-expire')).body;
    expect((await stockAt(db.db, item.locationId, item.variantId)).reserved).toBe(2);
    expect(await releaseExpiredPickups(db.db, new Date())).toBe(0);
    const later = new Date(Date.parse(order.pickup!.holdUntil) + 1000);
    expect(await releaseExpiredPickups(db.db, later)).toBeGreaterThanOrEqual(1);
    expect(await stockAt(db.db, item.locationId, item.variantId)).toMatchObject({ onHand: 3, reserved: 0 });
    const [row] = await db.db.select().from(orders).where(eq(orders.id, order.id));
    expect(row?.status).toBe('expired');
    const told = await db.db.select().from(outbox).where(eq(outbox.orderId, order.id));
    expect(told.some((m) => m.kind === 'pickup_expired')).toBe(true);
    // Running it again releases nothing twice.
    expect(await releaseExpiredPickups(db.db, later)).toBe(0);
    expect((await stockAt(db.db, item.locationId, item.variantId)).reserved).toBe(0);
  });

  it('shows an order only to its token holder or account', async () => {
    const item = await pickStoreVariant(db.db, 12);
    await setStock(db.db, item.locationId, item.variantId, 5);
    const cart = await guestCartWith(db.db, item, 1);
    const placed = (await post(cart.token, pickupCheckout, 'private-order')).body;
    const id = placed.order.id;
    const withToken = await api.get<Order>(`/api/orders/${id}?token=${placed.accessToken}`);
    expect(withToken.status).toBe(200);
    expect(withToken.headers.get('cache-control')).toBe('private, no-store');
    expect((await api.get(`/api/orders/${id}`)).status).toBe(404);
    expect((await api.get(`/api/orders/${id}?token=guess`)).status).toBe(404);
  });
});
