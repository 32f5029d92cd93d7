import { describe, expect, it } from 'vitest';
import { readEnv } from '@/lib/env';
import { createStaffSession } from '@/lib/staff/sessions';
import { api } from '../support/api';
import { staffWith, totpCode } from '../support/staff';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();

/*
 * Review probe: TOTP is what stands between a known password and the admin console. A session
 * opened with the password alone, before enrolment, must not become a full admin session when
 * the member enrols later from another device.
 */
describe(`staff TOTP enrolment and older sessions (${DB_LABEL})`, () => {
  it('ends the password-only sessions opened before enrolment, so none of them becomes an admin session', async () => {
    const admin = await staffWith(db, { role: 'admin', enrolled: false });
    // Someone else who knew the first password signed in before the admin enrolled.
    const other = await createStaffSession(db.db, admin.id, { now: new Date(), env: readEnv() });
    const otherCookie = { cookie: `aisle-staff=${other.token}` };
    expect((await api.guest().get('/api/staff/audit', { headers: otherCookie })).status).toBe(403);

    const started = await api.staff(admin).post<{ secret: string }>('/api/staff/totp');
    expect(started.status).toBe(200);
    const confirmed = await api.staff(admin).post('/api/staff/totp/confirm', { code: totpCode(started.body.secret) });
    expect(confirmed.status).toBe(200);
    // The enrolling device goes on.
    expect((await api.staff(admin).get('/api/staff/audit')).status).toBe(200);
    // The other, password-only session never presented a code: it must not be admitted.
    const later = await api.guest().get('/api/staff/audit', { headers: otherCookie });
    expect(later.status).toBe(401);
  });
});
