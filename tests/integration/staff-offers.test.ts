import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { offers, staffAuditLog } from '@/lib/db/schema';
import { stableId } from '@/lib/ids';
import type { AdminOffer, OfferInput } from '@/lib/offers/admin-schema';
import type { Offer } from '@/lib/offers/schema';
import { api } from '../support/api';
import { staffWith } from '../support/staff';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
const SEONGSU = { id: stableId('str', 'seongsu'), lat: 37.5445, lng: 127.0557 };
let admin: Awaited<ReturnType<typeof staffWith>>;
beforeAll(async () => {
  admin = await staffWith(db.db, { role: 'admin' });
});

const input: OfferInput = {
  market: 'KR',
  title: 'Seongsu evening: 7% off',
  description: 'Within 600 m of Aisle Seongsu, 7% off everything.',
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
  target: { kind: 'store', storeId: SEONGSU.id, radiusMeters: 600 },
  listed: true,
};
type One = { offer: AdminOffer };
const offerCount = async () => Number((await db.db.select({ n: count() }).from(offers))[0]!.n);
const auditOf = (offerId: string) =>
  db.db.select().from(staffAuditLog).where(eq(staffAuditLog.target, offerId)).orderBy(staffAuditLog.at);

describe(`staff offers API (${DB_LABEL})`, () => {
  it('creates an offer the shop shows at once where its rules say, audited with its fields', async () => {
    const made = await api.staff(admin).post<One>('/api/staff/offers', input);
    expect(made.status).toBe(201);
    expect(made.headers.get('cache-control')).toBe('private, no-store');
    expect(made.body.offer).toMatchObject({ title: input.title, status: 'active', usage: { redemptions: 0 } });
    const near = await api.get<{ offers: Offer[] }>(`/api/offers?lat=${SEONGSU.lat + 0.004}&lng=${SEONGSU.lng}`);
    expect(near.body.offers.find((o) => o.id === made.body.offer.id)?.reason).toBe('450 m from Aisle Seongsu');
    const far = await api.get<{ offers: Offer[] }>(`/api/offers?lat=${SEONGSU.lat + 0.01}&lng=${SEONGSU.lng}`);
    expect(far.body.offers.some((o) => o.id === made.body.offer.id)).toBe(false);
    const [audit] = await auditOf(made.body.offer.id);
    expect(audit).toMatchObject({ staffId: admin.id, action: 'offer.created', before: null, storeId: null });
    expect(audit!.after).toMatchObject({ title: input.title, target: input.target });
  });

  it('answers a retry with the same Idempotency-Key with the first offer, making one', async () => {
    const before = await offerCount();
    const key = crypto.randomUUID();
    const first = await api
      .staff(admin)
      .post<One>('/api/staff/offers', { ...input, title: 'Once' }, { idempotencyKey: key });
    const again = await api
      .staff(admin)
      .post<One>('/api/staff/offers', { ...input, title: 'Once' }, { idempotencyKey: key });
    expect(again.body.offer.id).toBe(first.body.offer.id);
    expect(await offerCount()).toBe(before + 1);
  });

  it('refuses a bad offer with 422 naming each field, writing nothing and auditing nothing', async () => {
    const before = await offerCount();
    const audits = Number((await db.db.select({ n: count() }).from(staffAuditLog))[0]!.n);
    const bad = await api.staff(admin).post('/api/staff/offers', {
      ...input,
      discount: { type: 'percent', percent: 150 },
      endsAt: '2025-01-01T00:00:00Z',
      target: { kind: 'store', storeId: SEONGSU.id, radiusMeters: -1 },
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error?.fields ?? {}).sort()).toEqual([
      'discount.percent',
      'endsAt',
      'target.radiusMeters',
    ]);
    const taken = await api.staff(admin).post('/api/staff/offers', { ...input, code: 'welcome10' });
    expect(taken.status).toBe(422);
    expect(taken.body.error?.fields).toHaveProperty('code');
    expect(await offerCount()).toBe(before);
    expect(Number((await db.db.select({ n: count() }).from(staffAuditLog))[0]!.n)).toBe(audits);
  });

  it('edits and ends an offer with before and after in the audit; the shop stops showing it', async () => {
    const made = (await api.staff(admin).post<One>('/api/staff/offers', { ...input, title: 'To edit' })).body.offer;
    const edited = await api
      .staff(admin)
      .patch<One>(`/api/staff/offers/${made.id}`, { target: { kind: 'everywhere' } });
    expect(edited.status).toBe(200);
    expect(edited.body.offer.target).toEqual({ kind: 'everywhere' });
    const badPatch = await api
      .staff(admin)
      .patch(`/api/staff/offers/${made.id}`, { startsAt: '2099-01-01T00:00:00Z', endsAt: '2098-01-01T00:00:00Z' });
    expect(badPatch.status).toBe(422);
    const ended = await api.staff(admin).post<One>(`/api/staff/offers/${made.id}/end`, {});
    expect(ended.body.offer.status).toBe('ended');
    const shop = await api.get<{ offers: Offer[] }>('/api/offers?lat=35.1631&lng=129.1636');
    expect(shop.body.offers.some((o) => o.id === made.id)).toBe(false);
    const audit = await auditOf(made.id);
    expect(audit.map((a) => a.action)).toEqual(['offer.created', 'offer.updated', 'offer.ended']);
    expect(audit[1]).toMatchObject({ before: { target: input.target }, after: { target: { kind: 'everywhere' } } });
    expect((await api.staff(admin).patch('/api/staff/offers/off_missing', { title: 'x' })).status).toBe(404);
  });

  it('lists offers with status and usage; managers and associates are refused', async () => {
    const list = await api.staff(admin).get<{ offers: AdminOffer[] }>('/api/staff/offers');
    expect(list.status).toBe(200);
    expect(list.body.offers.find((o) => o.code === 'WELCOME10')).toMatchObject({ status: 'active' });
    const manager = await staffWith(db.db, { role: 'manager', stores: [SEONGSU.id] });
    const associate = await staffWith(db.db, { role: 'associate', stores: [SEONGSU.id] });
    for (const member of [manager, associate]) {
      expect((await api.staff(member).get('/api/staff/offers')).status).toBe(403);
      expect((await api.staff(member).post('/api/staff/offers', input)).status).toBe(403);
    }
    expect((await api.get('/api/staff/offers')).status).toBe(401);
  });
});
