import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { authenticate, createAuthSession, getSessionUserById } from '@/lib/auth/accounts';
import { RESET_LIMITS, RESET_LINK_TTL_MS, resetPassword } from '@/lib/auth/password-reset';
import type { SessionUser } from '@/lib/auth/schema';
import { orders, outbox, passwordResetTokens, users } from '@/lib/db/schema';
import { markReady, releaseExpiredPickups } from '@/lib/orders/pickup-lifecycle';
import type { Order } from '@/lib/orders/schema';
import { testCard } from '@/lib/payments/providers';
import { makeUser } from '../support/accounts';
import { actingSession } from '../support/acting';
import { api } from '../support/api';
import { guestCartWith, pickStoreVariant, pickupCheckout, setStock, stockAt } from '../support/checkout-fixtures';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
let me: SessionUser | null = null;
beforeEach(() => {
  me = null;
  actingSession.id = null;
});

let address = 0;
// Each test's requests from their own address, so per-address limits of one test leave the others alone.
const client = () => api.as(me).with({ from: `198.51.100.${address}` });
const newAddress = () => (address += 1);

const resetMails = (to: string) =>
  db.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.to, to), eq(outbox.kind, 'password_reset')));
const tokenOf = (body: string) => /token=([\w-]+)/.exec(body)![1]!;

describe(`forgot password (${DB_LABEL})`, () => {
  it('e-mails a single-use link whose token is stored only hashed, and a reset signs the account out everywhere', async () => {
    newAddress();
    const user = await makeUser(db.db, 'reset-me@example.com');
    const sid = await createAuthSession(db.db, user.id, new Date());
    const asked = await client().post('/api/account/password-reset', { email: 'Reset-Me@example.com' });
    expect(asked.status).toBe(202);
    const [mail] = await resetMails('reset-me@example.com');
    expect(mail!.body).toContain('http://localhost:3000/account/reset-password?token=');
    const token = tokenOf(mail!.body);
    const stored = await db.db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(token);

    const reset = await client().post('/api/account/password-reset/confirm', { token, password: 'a brand new secret' });
    expect(reset.status).toBe(200);
    expect(await authenticate(db.db, 'reset-me@example.com', 'a brand new secret')).not.toBeNull();
    expect(await authenticate(db.db, 'reset-me@example.com', 'correct horse battery')).toBeNull();
    expect(await getSessionUserById(db.db, sid, new Date())).toBeNull();

    const again = await client().post('/api/account/password-reset/confirm', { token, password: 'yet another secret' });
    expect(again.status).toBe(400);
    expect(again.body.error?.code).toBe('reset_link_invalid');
    expect(await authenticate(db.db, 'reset-me@example.com', 'a brand new secret')).not.toBeNull();
  });

  it('refuses a link after 30 minutes', async () => {
    const user = await makeUser(db.db, 'slow@example.com');
    const asked = new Date('2026-03-01T10:00:00Z');
    await client().post('/api/account/password-reset', { email: 'slow@example.com' }, { from: '198.51.100.200' });
    const [mail] = await resetMails('slow@example.com');
    const token = tokenOf(mail!.body);
    // The link was made "now"; move its deadline to a fixed time to judge it before and after.
    await db.db
      .update(passwordResetTokens)
      .set({ expiresAt: new Date(asked.getTime() + RESET_LINK_TTL_MS) })
      .where(eq(passwordResetTokens.userId, user.id));
    const late = new Date(asked.getTime() + RESET_LINK_TTL_MS + 1000);
    await expect(
      resetPassword(db.db, { token, password: 'too late now', now: late, clientAddress: 'test', locale: 'en' }),
    ).rejects.toMatchObject({ code: 'reset_link_invalid' });
    const inTime = new Date(asked.getTime() + RESET_LINK_TTL_MS - 1000);
    await resetPassword(db.db, { token, password: 'just in time', now: inTime, clientAddress: 'test', locale: 'en' });
    expect(await authenticate(db.db, 'slow@example.com', 'just in time')).not.toBeNull();
  });

  it('answers an unknown e-mail exactly as a known one, after the same minimum time, and sends nothing', async () => {
    newAddress();
    await makeUser(db.db, 'known@example.com');
    const timed = async (email: string) => {
      const started = performance.now();
      const r = await client().post('/api/account/password-reset', { email });
      return { ...r, ms: performance.now() - started };
    };
    const known = await timed('known@example.com');
    const unknown = await timed('nobody-here@example.com');
    expect(unknown.status).toBe(known.status);
    expect(unknown.body).toEqual(known.body);
    expect(known.ms).toBeGreaterThanOrEqual(290);
    expect(unknown.ms).toBeGreaterThanOrEqual(290);
    expect(Math.abs(known.ms - unknown.ms)).toBeLessThan(150);
    expect(await resetMails('nobody-here@example.com')).toHaveLength(0);
    expect(await resetMails('known@example.com')).toHaveLength(1);
  });

  it('limits requests per e-mail (known or not alike) and per address', async () => {
    newAddress();
    await makeUser(db.db, 'popular@example.com');
    for (const email of ['popular@example.com', 'ghost@example.com']) {
      const statuses = [];
      for (let i = 0; i <= RESET_LIMITS.perEmail; i++) {
        // A new address each time: the per-e-mail limit holds whichever address asks.
        const r = await client().post(
          '/api/account/password-reset',
          { email },
          { from: `203.0.113.${i + (email.startsWith('g') ? 50 : 0)}` },
        );
        statuses.push(r.status);
      }
      expect(statuses).toEqual([...Array(RESET_LIMITS.perEmail).fill(202), 429]);
    }
    expect(await resetMails('popular@example.com')).toHaveLength(RESET_LIMITS.perEmail);
    newAddress();
    const fromOne = [];
    for (let i = 0; i <= RESET_LIMITS.perAddress; i++) {
      fromOne.push((await client().post('/api/account/password-reset', { email: `many-${i}@example.com` })).status);
    }
    expect(fromOne.at(-1)).toBe(429);
    expect(fromOne.filter((s) => s === 202)).toHaveLength(RESET_LIMITS.perAddress);
  });

  it('holds a new password to the sign-up rules', async () => {
    newAddress();
    const r = await client().post('/api/account/password-reset/confirm', { token: 'x'.repeat(43), password: 'short' });
    expect(r.status).toBe(422);
    expect(r.body.error?.fields?.password).toBeDefined();
  });
});

describe('profile and password', () => {
  it('changes the name, and the password only with the current one, signing out the other devices', async () => {
    newAddress();
    const user = await makeUser(db.db, 'changer@example.com');
    me = user;
    const here = await createAuthSession(db.db, user.id, new Date());
    const phone = await createAuthSession(db.db, user.id, new Date());
    actingSession.id = here;
    const named = await client().patch('/api/account/profile', { name: '김지우' });
    expect(named.body).toEqual({ name: '김지우' });
    expect((await db.db.select().from(users).where(eq(users.id, user.id)))[0]!.name).toBe('김지우');

    const wrong = await client().put('/api/account/password', {
      currentPassword: 'not it at all',
      newPassword: 'fresh password 1',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error?.code).toBe('current_password_wrong');
    expect(await getSessionUserById(db.db, phone, new Date())).not.toBeNull();

    const ok = await client().put('/api/account/password', {
      currentPassword: 'correct horse battery',
      newPassword: 'fresh password 1',
    });
    expect(ok.status).toBe(200);
    expect(await authenticate(db.db, 'changer@example.com', 'fresh password 1')).not.toBeNull();
    expect(await getSessionUserById(db.db, here, new Date())).not.toBeNull();
    expect(await getSessionUserById(db.db, phone, new Date())).toBeNull();
  });

  it('refuses both to a guest', async () => {
    const r = await client().patch('/api/account/profile', { name: 'x' });
    expect(r.status).toBe(401);
    const p = await client().put('/api/account/password', {
      currentPassword: 'correct horse battery',
      newPassword: 'fresh password 1',
    });
    expect(p.status).toBe(401);
  });
});

describe('address book', () => {
  const home = {
    recipient: '김지우',
    phone: '010-2345-6789',
    postalCode: '05551',
    line1: '서울특별시 송파구 올림픽로 300',
    line2: '101동 1001호',
  };

  it('belongs to its owner alone: another account neither sees, edits nor deletes it', async () => {
    const owner = await makeUser(db.db, 'owner@example.com');
    const other = await makeUser(db.db, 'other@example.com');
    me = owner;
    const added = await client().post<{ id: string; phone: string; isDefault: boolean }>(
      '/api/account/addresses',
      home,
    );
    expect(added.status).toBe(201);
    expect(added.body.phone).toBe('+821023456789');
    expect(added.body.isDefault).toBe(true);

    me = other;
    const theirs = await client().get<{ addresses: unknown[] }>('/api/account/addresses');
    expect(theirs.body.addresses).toEqual([]);
    const edit = await client().put(`/api/account/addresses/${added.body.id}`, { ...home, recipient: 'Mallory' });
    expect(edit.status).toBe(404);
    const remove = await client().delete(`/api/account/addresses/${added.body.id}`);
    expect(remove.status).toBe(404);

    me = null;
    expect((await client().get('/api/account/addresses')).status).toBe(401);

    me = owner;
    const mine = await client().get<{ addresses: { recipient: string }[] }>('/api/account/addresses');
    expect(mine.body.addresses.map((a) => a.recipient)).toEqual(['김지우']);
  });

  it('keeps one default: marking another moves it, deleting the default passes it on', async () => {
    me = await makeUser(db.db, 'defaults@example.com');
    const add = async (recipient: string, isDefault = false) =>
      (await client().post<{ id: string }>('/api/account/addresses', { ...home, recipient, isDefault })).body.id;
    const first = await add('First');
    await add('Second');
    const third = await add('Third', true);
    const list = async () =>
      (
        await client().get<{ addresses: { id: string; recipient: string; isDefault: boolean }[] }>(
          '/api/account/addresses',
        )
      ).body.addresses;
    expect((await list()).filter((a) => a.isDefault).map((a) => a.recipient)).toEqual(['Third']);
    await client().put(`/api/account/addresses/${first}`, { ...home, recipient: 'First', isDefault: true });
    expect((await list())[0]).toMatchObject({ id: first, isDefault: true });
    await client().delete(`/api/account/addresses/${first}`);
    const left = await list();
    expect(left.map((a) => a.recipient).sort()).toEqual(['Second', 'Third']);
    expect(left.find((a) => a.isDefault)?.id).toBe(third);
  });

  it('refuses a bad postcode or phone with the field named', async () => {
    me = await makeUser(db.db, 'typo@example.com');
    const r = await client().post('/api/account/addresses', { ...home, postalCode: '1234', phone: '12' });
    expect(r.status).toBe(422);
    expect(Object.keys(r.body.error?.fields ?? {}).sort()).toEqual(['phone', 'postalCode']);
  });
});

describe('cancelling an order', () => {
  type Placed = { order: Order; accessToken: string };
  async function place(offset: number, payment: object = pickupCheckout.payment) {
    const item = await pickStoreVariant(db.db, offset);
    await setStock(db.db, item.locationId, item.variantId, 3);
    const cart = await guestCartWith(db.db, item, 2);
    const r = await api
      .guest({ 'aisle-cart': cart.token })
      .post<Placed>(
        '/api/checkout',
        { ...pickupCheckout, contact: { email: `cancel-${offset}@example.com` }, payment },
        { idempotencyKey: `cancel-${offset}`, from: `192.0.2.${offset}` },
      );
    expect(r.status).toBe(201);
    return { ...r.body, item };
  }
  const cancel = (id: string) => client().post<Order>(`/api/orders/${id}/cancel`);
  const cancelWith = (id: string, token: string) => client().post<Order>(`/api/orders/${id}/cancel?token=${token}`);

  it('releases the stock, voids the card payment, tells the shopper once, and a repeat changes nothing', async () => {
    const voids = vi.spyOn(testCard, 'void');
    const { order, accessToken, item } = await place(11, { method: 'test_card', cardNumber: '4242 4242 4242 4242' });
    expect(order.payment.status).toBe('authorized');
    expect((await stockAt(db.db, item.locationId, item.variantId)).reserved).toBe(2);

    const first = await cancelWith(order.id, accessToken);
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('cancelled');
    expect(first.body.payment.status).toBe('voided');
    expect(first.body.cancelledAt).toBeTruthy();
    expect(voids).toHaveBeenCalledTimes(1);
    expect(voids).toHaveBeenCalledWith(order.number, order.total);
    expect(await stockAt(db.db, item.locationId, item.variantId)).toMatchObject({ onHand: 3, reserved: 0 });

    const repeat = await cancelWith(order.id, accessToken);
    expect(repeat.status).toBe(200);
    expect(repeat.body.status).toBe('cancelled');
    expect(voids).toHaveBeenCalledTimes(1);
    expect(await stockAt(db.db, item.locationId, item.variantId)).toMatchObject({ onHand: 3, reserved: 0 });
    const told = await db.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.orderId, order.id), eq(outbox.kind, 'order_cancelled')));
    expect(told).toHaveLength(1);
    expect(told[0]!.to).toBe('cancel-11@example.com');

    // The store can no longer work it, and the hold sweep leaves it cancelled.
    await expect(markReady(db.db, order.id, item.storeId, new Date())).rejects.toMatchObject({
      code: 'version_conflict',
    });
    await releaseExpiredPickups(db.db, new Date(Date.now() + 30 * 24 * 3_600_000));
    expect((await db.db.select().from(orders).where(eq(orders.id, order.id)))[0]!.status).toBe('cancelled');
    voids.mockRestore();
  });

  it('refuses with 409 order_not_cancellable once the pickup is ready, and keeps the hold', async () => {
    const { order, accessToken, item } = await place(12);
    await markReady(db.db, order.id, item.storeId, new Date());
    const r = await cancelWith(order.id, accessToken);
    expect(r.status).toBe(409);
    expect(r.body.error?.code).toBe('order_not_cancellable');
    expect((await stockAt(db.db, item.locationId, item.variantId)).reserved).toBe(2);
  });

  it('is only for who may see the order', async () => {
    const { order } = await place(13);
    expect((await cancel(order.id)).status).toBe(404);
    expect((await cancelWith(order.id, 'not-the-token-at-all')).status).toBe(404);
    const owner = await makeUser(db.db, 'order-owner@example.com');
    await db.db.update(orders).set({ userId: owner.id }).where(eq(orders.id, order.id));
    me = await makeUser(db.db, 'stranger@example.com');
    expect((await cancel(order.id)).status).toBe(404);
    me = owner;
    const mine = await cancel(order.id);
    expect(mine.status).toBe(200);
    expect(mine.body.status).toBe('cancelled');
    expect(mine.body.payment.status).toBe('voided');
  });
});
