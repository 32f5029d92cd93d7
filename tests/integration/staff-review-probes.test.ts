import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { offers, staffMembers, staffPasswordTokens, staffSessions } from '@/lib/db/schema';
import { stableId } from '@/lib/ids';
import type { OfferInput } from '@/lib/offers/admin-schema';
import { api } from '../support/api';
import { staffWith, type TestStaff } from '../support/staff';
import { pickupOrderAt } from '../support/staff-pickup-fixtures';
import { DB_LABEL, useTestDb } from '../support/test-db';

/* An outside review's probes of the staff console: each is an attack that must be refused. */

const db = useTestDb();
const SEONGSU = stableId('str', 'seongsu');
const GANGNAM = stableId('str', 'gangnam');
let admin: TestStaff;
beforeAll(async () => {
  admin = await staffWith(db.db, { role: 'admin' });
});

const liveSessions = async (staffId: string) =>
  (await db.db.select().from(staffSessions).where(eq(staffSessions.staffId, staffId))).filter((s) => !s.revokedAt)
    .length;

describe(`staff console review probes (${DB_LABEL})`, () => {
  it('a manager reaches neither the sessions of a fellow manager, an admin, nor a shared associate', async () => {
    const manager = await staffWith(db, { role: 'manager', stores: ['seongsu'] });
    const peer = await staffWith(db, { role: 'manager', stores: ['seongsu'] });
    const shared = await staffWith(db, { role: 'associate', stores: ['seongsu', 'gangnam'] });
    for (const target of [peer, admin, shared]) {
      const list = await api.staff(manager).get(`/api/staff/members/${target.id}/sessions`);
      expect(list.status).toBe(404);
      const end = await api.staff(manager).delete(`/api/staff/members/${target.id}/sessions/${target.sessionId}`);
      expect(end.status).toBe(404);
      expect((await api.staff(manager).delete(`/api/staff/members/${target.id}`)).status).toBe(404);
      expect(await liveSessions(target.id)).toBe(1);
    }
    // Another member's session id under one's own id is not one's own.
    const own = await api.staff(manager).delete(`/api/staff/members/${manager.id}/sessions/${peer.sessionId}`);
    expect(own.status).toBe(404);
    expect(await liveSessions(peer.id)).toBe(1);
  });

  it('an associate ends no one else’s session, even at their own store', async () => {
    const a = await staffWith(db, { role: 'associate', stores: ['seongsu'] });
    const b = await staffWith(db, { role: 'associate', stores: ['seongsu'] });
    expect((await api.staff(a).delete(`/api/staff/members/${b.id}/sessions/${b.sessionId}`)).status).toBe(404);
    expect((await api.staff(a).get(`/api/staff/members/${b.id}/sessions`)).status).toBe(404);
    expect((await api.staff(a).get('/api/staff/members')).status).toBe(403);
    expect(
      (
        await api
          .staff(a)
          .post('/api/staff/members', { email: 'x@y.test', name: 'X', role: 'associate', storeIds: ['seongsu'] })
      ).status,
    ).toBe(403);
    expect(await liveSessions(b.id)).toBe(1);
  });

  it('a manager invites no manager, no admin and no one for another store, by id or by code; nothing is written', async () => {
    const manager = await staffWith(db, { role: 'manager', stores: ['seongsu'] });
    const before = Number((await db.db.select({ n: count() }).from(staffMembers))[0]!.n);
    const tries = [
      { role: 'manager', storeIds: ['seongsu'] },
      { role: 'admin', storeIds: [] },
      { role: 'admin', storeIds: ['seongsu'] },
      { role: 'associate', storeIds: ['gangnam'] },
      { role: 'associate', storeIds: [SEONGSU, GANGNAM] },
      { role: 'associate', storeIds: ['seongsu', 'gangnam'] },
    ];
    for (const [i, t] of tries.entries()) {
      const r = await api.staff(manager).post('/api/staff/members', { email: `p${i}@probe.test`, name: 'P', ...t });
      expect(r.status, JSON.stringify(t)).toBe(403);
    }
    expect(Number((await db.db.select({ n: count() }).from(staffMembers))[0]!.n)).toBe(before);
  });

  it('a set-password link works once; a second use and an expired link are refused alike', async () => {
    const invited = await api.staff(admin).post<{ setPasswordUrl: string }>('/api/staff/members', {
      email: 'once@probe.test',
      name: 'Once',
      role: 'associate',
      storeIds: ['seongsu'],
    });
    expect(invited.status).toBe(201);
    const token =
      new URL(invited.body.setPasswordUrl).searchParams.get('token') ?? invited.body.setPasswordUrl.split('/').pop()!;
    const first = await api.guest().post('/api/staff/password', { token, password: 'first password 123' });
    expect(first.status).toBe(200);
    const second = await api.guest().post('/api/staff/password', { token, password: 'attacker password 1' });
    expect(second.status).toBe(400);
    expect(second.body.error?.code).toBe('reset_link_invalid');

    const late = await api.staff(admin).post<{ setPasswordUrl: string }>('/api/staff/members', {
      email: 'late@probe.test',
      name: 'Late',
      role: 'associate',
      storeIds: ['seongsu'],
    });
    const lateToken = new URL(late.body.setPasswordUrl).searchParams.get('token')!;
    await db.db.update(staffPasswordTokens).set({ expiresAt: new Date(Date.now() - 1000) });
    const expired = await api.guest().post('/api/staff/password', { token: lateToken, password: 'late password 123' });
    expect(expired.status).toBe(400);
  });

  it('another store’s pickup: naming my store, or naming theirs, is 404 and the code is never checked', async () => {
    const associate = await staffWith(db, { role: 'associate', stores: ['seongsu'] });
    const { orderId, code } = await pickupOrderAt(db.db, GANGNAM);
    for (const q of ['', `?storeId=${SEONGSU}`, `?storeId=${GANGNAM}`]) {
      expect((await api.staff(associate).post(`/api/staff/pickups/${orderId}/ready${q}`)).status).toBe(404);
      const wrong = await api.staff(associate).post(`/api/staff/pickups/${orderId}/collected${q}`, { code: 'ZZZZZZ' });
      expect(wrong.status).toBe(404);
      const right = await api.staff(associate).post(`/api/staff/pickups/${orderId}/collected${q}`, { code });
      expect(right.status).toBe(404);
    }
  });

  it('the staff cookie is not a shopper session and the shopper session is no staff session', async () => {
    const associate = await staffWith(db, { role: 'associate', stores: ['seongsu'] });
    expect((await api.staff(associate).get('/api/account/addresses')).status).toBe(401);
    expect((await api.guest().get(`/api/staff/stores/${SEONGSU}/pickups`)).status).toBe(401);
  });

  it('offers console: huge, negative and mismatched values are 422, never 500', async () => {
    const base: OfferInput = {
      market: 'KR',
      title: 'Probe',
      description: 'Probe',
      code: null,
      discount: { type: 'percent', percent: 7 },
      startsAt: '2026-01-01T00:00:00+09:00',
      endsAt: null,
      channels: 'both',
      audience: 'everyone',
      minSubtotal: null,
      categoryIds: null,
      usageLimit: null,
      perCustomerLimit: null,
      target: { kind: 'everywhere' },
      listed: true,
    };
    const n = async () => Number((await db.db.select({ n: count() }).from(offers))[0]!.n);
    const before = await n();
    const bad: unknown[] = [
      { ...base, discount: { type: 'percent', percent: 1e308 } },
      { ...base, discount: { type: 'percent', percent: -5 } },
      { ...base, discount: { type: 'fixed', amount: { amount: 9e15, currency: 'KRW' } } },
      { ...base, discount: { type: 'fixed', amount: { amount: -1000, currency: 'KRW' } } },
      {
        ...base,
        discount: { type: 'fixed', amount: { amount: 1000, currency: 'KRW' } },
        minSubtotal: { amount: 10, currency: 'USD' },
      },
      { ...base, usageLimit: 2 ** 53 },
      { ...base, usageLimit: 5, perCustomerLimit: 6 },
      { ...base, target: { kind: 'store', storeId: 'str_nope', radiusMeters: 500 } },
      { ...base, target: { kind: 'store', storeId: SEONGSU, radiusMeters: 1e12 } },
      { ...base, categoryIds: ['cat_nope'] },
      { ...base, startsAt: '+275760-09-13T00:00:00.000Z' },
      { ...base, startsAt: '2026-01-01T00:00:00+09:00', endsAt: '2025-01-01T00:00:00+09:00' },
      { ...base, code: 'x'.repeat(500) },
      { ...base, code: '  ' },
    ];
    for (const body of bad) {
      const r = await api.staff(admin).post('/api/staff/offers', body, { idempotencyKey: crypto.randomUUID() });
      expect(r.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(r.status, JSON.stringify(body)).toBeLessThan(500);
    }
    expect(await n()).toBe(before);
    // Two offers with the same code: the second a 4xx, not a unique-violation 500.
    const coded = { ...base, code: 'PROBE10' };
    expect(
      (await api.staff(admin).post('/api/staff/offers', coded, { idempotencyKey: crypto.randomUUID() })).status,
    ).toBe(201);
    const dup = await api
      .staff(admin)
      .post('/api/staff/offers', { ...coded, code: 'probe10' }, { idempotencyKey: crypto.randomUUID() });
    expect(dup.status).toBeGreaterThanOrEqual(400);
    expect(dup.status).toBeLessThan(500);
    // The same Idempotency-Key with another body is refused, not answered with the first offer.
    const key = crypto.randomUUID();
    expect(
      (await api.staff(admin).post('/api/staff/offers', { ...base, title: 'A' }, { idempotencyKey: key })).status,
    ).toBe(201);
    const other = await api.staff(admin).post('/api/staff/offers', { ...base, title: 'B' }, { idempotencyKey: key });
    expect(other.status).toBeGreaterThanOrEqual(400);
    expect(other.status).toBeLessThan(500);
  });

  it('offers console: a fixed discount or minimum in a currency the shop does not sell in is refused (the engine ignores currency)', async () => {
    const base: OfferInput = {
      market: 'KR',
      title: 'Ten dollars off',
      description: 'Probe',
      code: 'USD10',
      discount: { type: 'fixed', amount: { amount: 1000, currency: 'USD' } },
      startsAt: '2026-01-01T00:00:00+09:00',
      endsAt: null,
      channels: 'both',
      audience: 'everyone',
      minSubtotal: null,
      categoryIds: null,
      usageLimit: null,
      perCustomerLimit: null,
      target: { kind: 'everywhere' },
      listed: true,
    };
    for (const body of [
      base,
      { ...base, code: 'XXX10', discount: { type: 'fixed', amount: { amount: 1000, currency: 'XXX' } } },
      {
        ...base,
        code: 'PCTUSD',
        discount: { type: 'percent', percent: 10 },
        minSubtotal: { amount: 5000, currency: 'USD' },
      },
    ]) {
      const r = await api.staff(admin).post('/api/staff/offers', body, { idempotencyKey: crypto.randomUUID() });
      expect(r.status, JSON.stringify(body)).toBe(422);
    }
    // Before the fix the first was stored and the engine took 1000 "USD" minor units ($10) off a KRW basket as ₩1000.
    const { priceOffers } = await import('@/lib/offers/price-offers');
    const { applied } = await priceOffers(db.db, {
      basket: { lines: [{ categoryId: 'any', amount: 100_000 }] },
      code: 'USD10',
      place: {},
      customer: {},
      now: new Date(),
      channel: 'online',
    });
    expect(applied.filter((a) => a.rule.code === 'USD10')).toEqual([]);
  });

  it('counts: the store in the path is the store counted; another store is 404 whatever the body', async () => {
    const associate = await staffWith(db, { role: 'associate', stores: ['seongsu'] });
    const r = await api.staff(associate).post(`/api/staff/stores/${GANGNAM}/counts`, { sku: 'NOPE', onHand: 1 });
    expect(r.status).toBe(404);
    const huge = await api.staff(associate).post(`/api/staff/stores/${SEONGSU}/counts`, { sku: 'NOPE', onHand: 1e300 });
    expect(huge.status).toBe(422);
    const frac = await api.staff(associate).post(`/api/staff/stores/${SEONGSU}/counts`, { sku: 'NOPE', onHand: 1.5 });
    expect(frac.status).toBe(422);
  });
});

describe(`staff sign-in tells no one who is staff (${DB_LABEL})`, () => {
  it('answers an unknown e-mail, a removed member, an invited one without a password and a wrong password alike', async () => {
    const member = await staffWith(db, { role: 'associate', stores: ['seongsu'] });
    const removed = await staffWith(db, { role: 'associate', stores: ['seongsu'] });
    expect((await api.staff(admin).delete(`/api/staff/members/${removed.id}`)).status).toBe(200);
    const invited = await api.staff(admin).post('/api/staff/members', {
      email: 'nopassword@probe.test',
      name: 'No password',
      role: 'associate',
      storeIds: ['seongsu'],
    });
    expect(invited.status).toBe(201);
    const answers = [];
    for (const email of ['nobody@probe.test', removed.email, 'nopassword@probe.test', member.email]) {
      const r = await api.guest().post('/api/staff/session', { email, password: 'not the password' });
      answers.push([r.status, r.body.error?.code, r.body.error?.message]);
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toEqual([401, 'staff_sign_in_failed', expect.any(String)]);
  });
});

describe(`endless aisle inputs (${DB_LABEL})`, () => {
  it('a reused Idempotency-Key with another bag, absurd quantities and another store in the body are 4xx', async () => {
    const { pickStoreVariant, setStock } = await import('../support/checkout-fixtures');
    const associate = await staffWith(db, { role: 'associate', stores: ['seongsu'] });
    const item = await pickStoreVariant(db.db, 30);
    await setStock(db.db, item.locationId, item.variantId, 5);
    const body = (quantity: number, storeId = SEONGSU) => ({
      action: 'send_link',
      storeId,
      customerPhone: '010-6666-7777',
      lines: [{ variantId: item.variantId, quantity }],
      fulfillment: { type: 'pickup', storeId: item.storeId },
    });
    const post = (b: unknown, key: string) =>
      api.staff(associate).post('/api/staff/endless-aisle', b, { idempotencyKey: key });
    const key = crypto.randomUUID();
    expect((await post(body(1), key)).status).toBe(201);
    const reused = await post(body(2), key);
    expect(reused.status).toBeGreaterThanOrEqual(400);
    expect(reused.status).toBeLessThan(500);
    for (const q of [0, -1, 1.5, 1e9, 2 ** 53]) {
      const r = await post(body(q), crypto.randomUUID());
      expect(r.status, String(q)).toBeGreaterThanOrEqual(400);
      expect(r.status, String(q)).toBeLessThan(500);
    }
    expect((await post(body(1, GANGNAM), crypto.randomUUID())).status).toBe(404);
  });
});
