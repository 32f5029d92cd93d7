import { describe, expect, it } from 'vitest';
import { stableId } from '@/lib/ids';
import { PICKUP_CODE_TRIES } from '@/lib/staff-pickups/work-pickup';
import { api } from '../support/api';
import { staffWith } from '../support/staff';
import { pickupOrderAt } from '../support/staff-pickup-fixtures';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
const SEONGSU = stableId('str', 'seongsu');

/*
 * The pickup code is the customer's proof at the counter (6 characters, ~30 bits): an associate
 * (or a stolen tablet's session) may try one order's code only a few times, each wrong try audited.
 */
describe(`pickup code guessing (${DB_LABEL})`, () => {
  it('stops answering code guesses for one pickup after a handful of wrong ones', async () => {
    const associate = await staffWith(db, { role: 'associate', stores: ['seongsu'] });
    const { orderId, code: pickupCode } = await pickupOrderAt(db.db, SEONGSU);
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const guess = `ZZZ${String(i).padStart(3, '0')}`;
      statuses.push(
        (await api.staff(associate).post(`/api/staff/pickups/${orderId}/collected`, { code: guess })).status,
      );
    }
    expect(statuses.slice(0, PICKUP_CODE_TRIES)).toEqual(Array(PICKUP_CODE_TRIES).fill(422));
    expect(new Set(statuses.slice(PICKUP_CODE_TRIES))).toEqual(new Set([429]));
    // Past the limit even the right code waits: a guess that happens to be right learns nothing.
    const right = await api.staff(associate).post(`/api/staff/pickups/${orderId}/collected`, { code: pickupCode });
    expect(right.status).toBe(429);
  });
});
