import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { cartHandoffs, orders, outbox, staffAuditLog, stores } from '@/lib/db/schema';
import type { Cart } from '@/lib/cart/schema';
import type { EndlessAisleResult } from '@/lib/endless-aisle/schema';
import type { Order } from '@/lib/orders/schema';
import { api } from '../support/api';
import { pickStoreVariant, setStock, stockAt } from '../support/checkout-fixtures';
import { staffWith, type TestStaff } from '../support/staff';
import { useTestDb } from '../support/test-db';

const db = useTestDb();
let associate: TestStaff;
let seongsu: string;
let gangnam: string;
let item: Awaited<ReturnType<typeof pickStoreVariant>>;

const storeId = async (slug: string) =>
  (await db.db.select({ id: stores.id }).from(stores).where(eq(stores.slug, slug)))[0]!.id;

const post = (body: unknown, key: string | null, as: TestStaff = associate) =>
  api.staff(as).post<EndlessAisleResult>('/api/staff/endless-aisle', body, key ? { idempotencyKey: key } : {});

const sendBody = () => ({
  action: 'send_link',
  storeId: seongsu,
  customerPhone: '010-6666-7777',
  lines: [{ variantId: item.variantId, quantity: 1 }],
  fulfillment: { type: 'pickup', storeId: item.storeId },
});

beforeAll(async () => {
  seongsu = await storeId('seongsu');
  gangnam = await storeId('gangnam');
  associate = await staffWith(db.db, { role: 'associate', stores: ['seongsu'] });
  item = await pickStoreVariant(db.db, 30);
  await setStock(db.db, item.locationId, item.variantId, 5);
});

describe('POST /api/staff/endless-aisle', () => {
  it('sends the link once per Idempotency-Key, audited, and refuses another store with 404', async () => {
    const first = await post(sendBody(), 'aisle-send-1');
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const again = await post(sendBody(), 'aisle-send-1');
    expect(again.body).toEqual(first.body);
    expect(await db.db.select().from(outbox).where(eq(outbox.to, '+821066667777'))).toHaveLength(1);
    expect((await post({ ...sendBody(), customerPhone: '010-6666-0000' }, 'aisle-send-1')).status).toBe(422);
    expect((await post(sendBody(), null)).status).toBe(428);

    const audit = await db.db.select().from(staffAuditLog).where(eq(staffAuditLog.staffId, associate.id));
    expect(audit).toEqual([
      expect.objectContaining({ action: 'endless_aisle.link_sent', storeId: seongsu, role: 'associate' }),
    ]);
    expect(JSON.stringify(audit)).not.toContain('token');

    const elsewhere = await post({ ...sendBody(), storeId: gangnam }, 'aisle-send-2');
    expect(elsewhere.status).toBe(404);
    expect(await db.db.select().from(cartHandoffs).where(eq(cartHandoffs.storeId, gangnam))).toEqual([]);
    const search = await api.staff(associate).get(`/api/staff/stores/${gangnam}/endless-aisle?q=tote`);
    expect(search.status).toBe(404);
  });

  it('places the order once per key, for the last unit, and the next attempt is refused', async () => {
    await setStock(db.db, item.locationId, item.variantId, 1);
    const body = {
      ...sendBody(),
      action: 'place_order',
      customer: { name: 'Ji-ho Park', email: 'jiho@example.com' },
      payment: 'pay_at_store',
    };
    const [a, b] = [await post(body, 'aisle-place-1'), await post(body, 'aisle-place-1')];
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    expect(b.body).toEqual(a.body);
    const order = (a.body as { order: Order }).order;
    expect(order).toMatchObject({ channel: 'store', source: 'endless_aisle', storeId: seongsu });
    expect(await stockAt(db.db, item.locationId, item.variantId)).toMatchObject({ onHand: 1, reserved: 1 });
    const sold = await post(body, 'aisle-place-2');
    expect(sold.status).toBe(409);
    expect(sold.body.error?.code).toBe('insufficient_stock');
    const [row] = await db.db.select().from(orders).where(eq(orders.id, order.id));
    expect(row).toMatchObject({ staffId: associate.id, source: 'endless_aisle' });
    const audit = await db.db
      .select()
      .from(staffAuditLog)
      .where(and(eq(staffAuditLog.staffId, associate.id), eq(staffAuditLog.action, 'endless_aisle.order_placed')));
    expect(audit.map((r) => r.target)).toEqual([order.id]);
  });
});

describe('the shopper opens the link', () => {
  it('from the text message into their own bag, checks out, and the order is the store’s', async () => {
    await setStock(db.db, item.locationId, item.variantId, 5);
    const sent = await post({ ...sendBody(), customerPhone: '010-6666-1111' }, 'aisle-send-3');
    expect(sent.status).toBe(201);
    const [sms] = await db.db.select().from(outbox).where(eq(outbox.to, '+821066661111'));
    const token = new URL(/https?:\/\/\S+/.exec(sms!.body)![0]).searchParams.get('token')!;
    const phone = api.guest();
    const bag = await phone.post<Cart>('/api/cart/handoffs', { token });
    expect(bag.status, JSON.stringify(bag.body)).toBe(200);
    expect(bag.body.lines).toEqual([expect.objectContaining({ variantId: item.variantId, quantity: 1 })]);
    const placed = await phone.post<{ order: Order }>(
      '/api/checkout',
      { contact: { email: 'phone@example.com', phone: '010-6666-1111' }, payment: { method: 'pay_at_pickup' } },
      { idempotencyKey: 'aisle-shopper-1' },
    );
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    expect(placed.body.order).toMatchObject({ channel: 'store', source: 'endless_aisle', storeId: seongsu });
    const [row] = await db.db.select().from(orders).where(eq(orders.id, placed.body.order.id));
    expect(row!.staffId).toBe(associate.id);
  });
});
