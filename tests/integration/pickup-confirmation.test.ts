import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@/lib/db/rows';
import { addLine } from '@/lib/cart/mutate-cart';
import { findOrCreateCartId } from '@/lib/cart/find-cart';
import { newGuestToken } from '@/lib/cart/guest-cookie';
import { inventoryLocations, outbox, stores } from '@/lib/db/schema';
import { releaseExpiredPickups } from '@/lib/orders/pickup-lifecycle';
import { placeOrder } from '@/lib/orders/place-order';
import { getOrderOrThrow } from '@/lib/orders/read-order';
import { isOpenAt } from '@/lib/stores/hours';
import { makeUser } from '../support/accounts';
import { setStock } from '../support/checkout-fixtures';
import { useTestDb } from '../support/test-db';

const db = useTestDb();
let variantId: string;
let title: string;
const kst = (local: string) => new Date(`${local}+09:00`);
const HOUR = 3_600_000;
let orders = 0;

async function storeBySlug(slug: string) {
  const [store] = await db.db.select().from(stores).where(eq(stores.slug, slug));
  const [location] = await db.db.select().from(inventoryLocations).where(eq(inventoryLocations.storeId, store!.id));
  await setStock(db.db, location!.id, variantId, 10);
  return store!;
}

/** A bag with two of the item for pickup at the store, placed at `now`. */
async function place(
  storeId: string,
  now: Date,
  opts: { userId?: string; email?: string; collector?: { type: 'someone_else'; name: string; phone?: string } } = {},
) {
  const owner = opts.userId ? { userId: opts.userId } : { guestToken: newGuestToken() };
  const cartId = await findOrCreateCartId(db.db, owner, now);
  await addLine(db.db, cartId, { variantId, quantity: 2, fulfillment: { type: 'pickup', storeId } }, { now });
  const email = opts.email ?? `pickup-${now.getTime()}@example.com`;
  const placed = await placeOrder(db.db, {
    cartId,
    userId: opts.userId ?? null,
    body: {
      // A phone of its own per order: one shopper's pickup limits are not what this tests.
      contact: { email, phone: `010-2222-${String(1000 + ++orders).slice(-4)}` },
      payment: { method: 'pay_at_pickup' },
      ...(opts.collector ? { collector: opts.collector } : {}),
    },
    now,
    holdMs: 72 * HOUR,
    publicUrl: 'https://shop.example',
    locale: 'en',
  });
  return { ...placed, email, order: await getOrderOrThrow(db.db, placed.orderId) };
}

beforeAll(async () => {
  const [v] = rowsOf(
    z.object({ id: z.string(), title: z.string() }),
    await db.db.execute(
      sql`SELECT v.id, p.title FROM variants v JOIN products p ON p.id = v.product_id ORDER BY v.id LIMIT 1`,
    ),
  );
  variantId = v!.id;
  title = v!.title;
});

describe('a pickup hold ends within the store’s opening hours (Asia/Seoul)', () => {
  it('a guest’s 24-hour hold that would end at 06:40 runs on to closing time that day, and is released only then', async () => {
    const jamsil = await storeBySlug('jamsil'); // 10:30–21:00 (22:00 Fri, Sat)
    // Tuesday 06:40 KST: the promised 24 hours end on Wednesday at 06:40, when the store is shut.
    const { order } = await place(jamsil.id, kst('2026-12-01T06:40:00'));
    const [pickup] = order.pickups;
    expect(pickup!.holdUntil).toBe(kst('2026-12-02T21:00:00').toISOString());
    expect(isOpenAt(jamsil.hours, jamsil.timezone, new Date(Date.parse(pickup!.holdUntil) - 60_000))).toBe(true);
    // Ready two opening hours after the store opens at 10:30.
    expect(pickup!.readyBy).toBe(kst('2026-12-01T12:30:00').toISOString());

    // At 06:41 on Wednesday, when the promised hold would have run out, nothing is released.
    expect(await releaseExpiredPickups(db.db, kst('2026-12-02T06:41:00'))).toBe(0);
    expect((await getOrderOrThrow(db.db, order.id)).pickups[0]!.status).toBe('reserved');
    expect(await releaseExpiredPickups(db.db, kst('2026-12-02T21:01:00'))).toBeGreaterThanOrEqual(1);
    expect((await getOrderOrThrow(db.db, order.id)).pickups[0]!.status).toBe('expired');
  });

  it('a hold that ends while the store is open keeps its promised time', async () => {
    const jamsil = await storeBySlug('jamsil');
    const { order } = await place(jamsil.id, kst('2026-12-01T14:00:00'));
    expect(order.pickups[0]!.holdUntil).toBe(kst('2026-12-02T14:00:00').toISOString());
    expect(order.pickups[0]!.readyBy).toBe(kst('2026-12-01T16:00:00').toISOString());
  });

  it('an account’s 72-hour hold that ends on the store’s closed Monday runs on to Tuesday’s close', async () => {
    const chungjangno = await storeBySlug('chungjangno'); // closed Mondays, Fri 10:30–22:00
    const user = await makeUser(db.db, 'closed-monday@example.com');
    // Friday 20:30 KST + 72 h = Monday 20:30, a closed day.
    const { order } = await place(chungjangno.id, kst('2026-12-04T20:30:00'), { userId: user.id, email: user.email! });
    expect(order.pickups[0]!.holdUntil).toBe(kst('2026-12-08T21:00:00').toISOString());
    // 90 minutes of picking on Friday before 22:00, the last 30 after Saturday's opening.
    expect(order.pickups[0]!.readyBy).toBe(kst('2026-12-05T11:00:00').toISOString());
  });
});

describe('the pickup confirmation', () => {
  it('e-mails the store’s address, hours, directions, ready-by, the code, the items and a link to the order', async () => {
    const jamsil = await storeBySlug('jamsil');
    const { order, accessToken, email } = await place(jamsil.id, kst('2026-12-01T14:00:00'));
    const messages = await db.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.orderId, order.id), eq(outbox.kind, 'order_placed')));
    const mail = messages.find((m) => m.channel === 'email')!;
    expect(mail.to).toBe(email);
    expect(mail.subject).toBe(`Aisle order ${order.number} is confirmed`);
    const code = order.pickups[0]!.code;
    for (const part of [
      `Pick up at ${jamsil.name}`,
      `${jamsil.street}, ${jamsil.city} ${jamsil.postalCode}`,

      `Pickup code: ${code}`,

      'Opening hours: Mon–Thu 10:30–21:00, Fri–Sat 10:30–22:00, Sun 10:30–21:00',
      'Kakao Map: https://map.kakao.com/link/to/Aisle%20Jamsil,',
      'Naver Map: https://map.naver.com/p/directions/-/',
      'Google Maps: https://www.google.com/maps/dir/?api=1&destination=',
      `- ${title}`,
      '× 2',
      `Your order: https://shop.example/orders/${order.id}?token=${accessToken}`,
    ])
      expect(mail.body).toContain(part);
    // In the store's time zone (Asia/Seoul), whatever the server's.
    expect(mail.body).toMatch(/Ready by Dec 1, 2026, 4:00\sPM/);
    expect(mail.body).toMatch(/We hold it until Dec 2, 2026, 2:00\sPM\./);
    const sms = messages.find((m) => m.channel === 'sms')!;
    expect(sms.body).toContain(code);
    expect(sms.body).toContain(`https://shop.example/orders/${order.id}?token=${accessToken}`);
  });

  it('says who collects when it is someone else, on the order the store staff read', async () => {
    const jamsil = await storeBySlug('jamsil');
    const { order } = await place(jamsil.id, kst('2026-12-01T15:00:00'), {
      collector: { type: 'someone_else', name: 'Kim Jiwoo', phone: '010-4444-5555' },
    });
    // getOrderOrThrow is what the signed store-side routes (ready, collected) answer with.
    expect(order.collector).toEqual({ name: 'Kim Jiwoo', phone: '+821044445555' });
    const [mail] = await db.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.orderId, order.id), eq(outbox.channel, 'email')));
    expect(mail!.body).toContain('Collected by: Kim Jiwoo (010-4444-5555)');
    const mine = await place(jamsil.id, kst('2026-12-01T15:30:00'));
    expect(mine.order.collector).toBeNull();
  });
});
