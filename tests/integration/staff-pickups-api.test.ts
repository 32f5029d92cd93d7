import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { staffAuditLog } from '@/lib/db/schema';
import { stableId } from '@/lib/ids';
import type { PickupActionResponse, QueuedPickup } from '@/lib/staff-pickups/schema';
import type { CountResponse } from '@/lib/staff-counts/schema';
import { api } from '../support/api';
import { staffWith } from '../support/staff';
import { pickupOrderAt, stockedVariantAt } from '../support/staff-pickup-fixtures';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
const SEONGSU = stableId('str', 'seongsu');
const GANGNAM = stableId('str', 'gangnam');

const auditOf = (target: string) => db.db.select().from(staffAuditLog).where(eq(staffAuditLog.target, target));

describe(`staff pickups and counts through the API (${DB_LABEL})`, () => {
  it('serves the queue privately; ready and collected write their audit rows in the same transaction; refusals are JSON', async () => {
    const associate = await staffWith(db, { role: 'associate', stores: ['seongsu'] });
    const { orderId, code } = await pickupOrderAt(db.db, SEONGSU);
    const queue = await api.staff(associate).get<{ pickups: QueuedPickup[] }>(`/api/staff/stores/${SEONGSU}/pickups`);
    expect(queue.status).toBe(200);
    expect(queue.headers.get('cache-control')).toBe('private, no-store');
    expect(queue.body.pickups.map((p) => p.orderId)).toContain(orderId);
    const bad = await api.staff(associate).get(`/api/staff/stores/${SEONGSU}/pickups?status=lost`);
    expect(bad.status).toBe(422);

    const ready = await api.staff(associate).post<PickupActionResponse>(`/api/staff/pickups/${orderId}/ready`);
    expect(ready.status).toBe(200);
    expect(ready.body.outcome).toBe('ready');
    const wrong = await api
      .staff(associate)
      .post(`/api/staff/pickups/${orderId}/collected`, { code: code === '222222' ? '333333' : '222222' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error).toMatchObject({
      code: 'pickup_code_wrong',
      fields: { code: ['Does not match this order'] },
    });
    const collected = await api
      .staff(associate)
      .post<PickupActionResponse>(`/api/staff/pickups/${orderId}/collected?storeId=${SEONGSU}`, { code });
    expect(collected.body.outcome).toBe('collected');
    const again = await api
      .staff(associate)
      .post<PickupActionResponse>(`/api/staff/pickups/${orderId}/collected`, { code: code.toLowerCase() });
    expect(again.status).toBe(200);
    expect(again.body.outcome).toBe('already_collected');

    const rows = await auditOf(orderId);
    expect(rows.map((r) => [r.action, r.staffId, r.staffEmail, r.role, r.storeId]).sort()).toEqual([
      ['pickup.code_wrong', associate.id, associate.email, 'associate', SEONGSU],
      ['pickup.collected', associate.id, associate.email, 'associate', SEONGSU],
      ['pickup.ready', associate.id, associate.email, 'associate', SEONGSU],
    ]);
    expect(rows.find((r) => r.action === 'pickup.collected')).toMatchObject({
      before: { status: 'ready' },
      after: { status: 'collected' },
    });
  });

  it("answers another store's pickup 404 even when its id and code are known", async () => {
    const gangnam = await staffWith(db, { role: 'associate', stores: ['gangnam'] });
    const { orderId, code } = await pickupOrderAt(db.db, SEONGSU);
    for (const answer of [
      await api.staff(gangnam).post(`/api/staff/pickups/${orderId}/ready`),
      await api.staff(gangnam).post(`/api/staff/pickups/${orderId}/collected`, { code }),
      await api.staff(gangnam).post(`/api/staff/pickups/${orderId}/ready?storeId=${SEONGSU}`),
      await api.staff(gangnam).get(`/api/staff/stores/${SEONGSU}/pickups`),
    ]) {
      expect(answer.status).toBe(404);
    }
    expect(await auditOf(orderId)).toEqual([]);
    const own = await api.staff(gangnam).get<{ pickups: QueuedPickup[] }>(`/api/staff/stores/${GANGNAM}/pickups`);
    expect(own.body.pickups.map((p) => p.orderId)).not.toContain(orderId);
  });

  it('posts a count with its audit row (before and after); an unknown SKU is 404, a negative count 422', async () => {
    const manager = await staffWith(db, { role: 'manager', stores: ['seongsu'] });
    const item = await stockedVariantAt(db.db, SEONGSU, 2);
    const looked = await api
      .staff(manager)
      .get<{ stock: { onHand: number } }>(`/api/staff/stores/${SEONGSU}/counts?sku=${item.sku}`);
    expect(looked.status).toBe(200);
    const posted = await api
      .staff(manager)
      .post<CountResponse>(`/api/staff/stores/${SEONGSU}/counts`, { sku: item.sku, onHand: 7 });
    expect(posted.status).toBe(200);
    expect(posted.body.stock.onHand).toBe(7);
    const [row] = await auditOf(item.sku);
    expect(row).toMatchObject({
      action: 'count.posted',
      storeId: SEONGSU,
      staffId: manager.id,
      before: { onHand: looked.body.stock.onHand },
      after: { onHand: 7 },
    });
    expect((await api.staff(manager).get(`/api/staff/stores/${SEONGSU}/counts?sku=NOPE-NOPE`)).status).toBe(404);
    const negative = await api
      .staff(manager)
      .post(`/api/staff/stores/${SEONGSU}/counts`, { sku: item.sku, onHand: -1 });
    expect(negative.status).toBe(422);
  });
});
