import { describe, expect, it } from 'vitest';
import { stableId } from '@/lib/ids';
import { api } from '../support/api';
import { staffWith } from '../support/staff';
import { pickupOrderAt } from '../support/staff-pickup-fixtures';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
const SEONGSU = stableId('str', 'seongsu');

/*
 * Review probe: the pickup code is the customer's proof at the counter (6 characters, ~30 bits).
 * Wrong codes cost nothing today: an associate (or a stolen tablet's session) can try codes
 * against one order without limit and without a trace in the audit log.
 */
describe(`pickup code guessing (${DB_LABEL})`, () => {
  it('stops answering code guesses for one pickup after a handful of wrong ones', async () => {
    const associate = await staffWith(db, { role: 'associate', stores: ['seongsu'] });
    const { orderId } = await pickupOrderAt(db.db, SEONGSU);
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const guess = `ZZZ${String(i).padStart(3, '0')}`;
      statuses.push(
        (await api.staff(associate).post(`/api/staff/pickups/${orderId}/collected`, { code: guess })).status,
      );
    }
    expect(statuses).toContain(429);
  });
});
