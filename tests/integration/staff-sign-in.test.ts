import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { outbox, staffAuditLog, staffMembers, staffSessions } from '@/lib/db/schema';
import { inTransaction } from '@/lib/db/in-transaction';
import { readEnv } from '@/lib/env';
import { stableId } from '@/lib/ids';
import { issueSetPasswordLink } from '@/lib/staff/members';
import { STAFF_SIGN_IN_LIMIT_PER_EMAIL } from '@/lib/staff/sign-in';
import { api, cookiesSetBy } from '../support/api';
import { staffWith, totpCode } from '../support/staff';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
type Body = { staff?: { id: string; totpEnrolled: boolean }; error?: { code: string }; recoveryCodes?: string[] };
const signIn = (body: object, from = '10.9.0.1') => api.guest().post<Body>('/api/staff/session', body, { from });

async function linkFor(staffId: string) {
  const url = await inTransaction(db.db, (tx) => issueSetPasswordLink(tx, staffId, new Date(), readEnv()));
  return new URL(url).searchParams.get('token')!;
}

describe(`staff sign-in (${DB_LABEL})`, () => {
  it('sets a password once from a link, then signs in with it into a SameSite=Strict HttpOnly cookie', async () => {
    const member = await staffWith(db, { role: 'associate', stores: ['seongsu'] });
    const token = await linkFor(member.id);
    const set = await api.post<{ email: string }>('/api/staff/password', { token, password: 'a brand new password' });
    expect(set.status).toBe(200);
    expect(set.body.email).toBe(member.email);
    // The link is spent, and the sessions held before are over.
    expect((await api.post('/api/staff/password', { token, password: 'another new password' })).status).toBe(400);
    expect((await api.staff(member).get('/api/staff/session')).status).toBe(401);
    expect((await signIn({ email: member.email, password: member.password })).body.error?.code).toBe(
      'staff_sign_in_failed',
    );
    const ok = await signIn({ email: member.email.toUpperCase(), password: 'a brand new password' });
    expect(ok.status).toBe(200);
    const cookie = ok.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^aisle-staff=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    const session = cookiesSetBy(ok).split('=')[1]!;
    expect((await api.staff({ token: session }).get<Body>('/api/staff/session')).body.staff?.id).toBe(member.id);
    const [stored] = await db.db.select().from(staffSessions).where(eq(staffSessions.staffId, member.id));
    expect(JSON.stringify(stored)).not.toContain(session);
  });

  it('asks an enrolled member for a code, refuses a code used once (replay in its window) and a wrong one', async () => {
    const admin = await staffWith(db, { role: 'admin' });
    const first = await signIn({ email: admin.email, password: admin.password });
    expect(first.status).toBe(401);
    expect(first.body.error?.code).toBe('totp_required');
    expect(first.headers.get('set-cookie')).toBeNull();
    const code = totpCode(admin.totpSecret!);
    expect((await signIn({ email: admin.email, password: admin.password, code })).status).toBe(200);
    const replay = await signIn({ email: admin.email, password: admin.password, code });
    expect(replay.status).toBe(401);
    expect(replay.body.error?.code).toBe('totp_invalid');
    // An earlier step's code, still inside the ±1 window, is refused too: steps only move forward.
    const earlier = totpCode(admin.totpSecret!, new Date(Date.now() - 30_000));
    expect((await signIn({ email: admin.email, password: admin.password, code: earlier })).status).toBe(401);
    const wrong = code === '000000' ? '111111' : '000000';
    expect((await signIn({ email: admin.email, password: 'wrong password', code: wrong })).status).toBe(401);
  });

  it('enrols with the QR secret, answers 10 recovery codes once, each good for one sign-in', async () => {
    const admin = await staffWith(db, { role: 'admin', enrolled: false });
    const staff = api.staff(admin);
    expect((await staff.get('/api/staff/members')).body).toMatchObject({ error: { code: 'totp_enrolment_required' } });
    const started = await staff.post<{ secret: string; uri: string; qrSvg: string }>('/api/staff/totp');
    expect(started.status).toBe(200);
    expect(started.body.uri).toMatch(/^otpauth:\/\/totp\/Aisle%20staff:/);
    expect(started.body.qrSvg).toContain('<svg');
    const wrong = await staff.post<Body>('/api/staff/totp/confirm', { code: '000000' });
    expect([400]).toContain(wrong.status);
    const confirmed = await staff.post<Body>('/api/staff/totp/confirm', { code: totpCode(started.body.secret) });
    expect(confirmed.status).toBe(200);
    const codes = confirmed.body.recoveryCodes!;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const [row] = await db.db.select().from(staffMembers).where(eq(staffMembers.id, admin.id));
    expect(JSON.stringify(row)).not.toContain(codes[0]!);
    expect((await staff.get('/api/staff/members')).status).toBe(200);
    expect((await staff.post('/api/staff/totp')).status).toBe(409);
    const withRecovery = { email: admin.email, password: admin.password, code: codes[3]!.toUpperCase() };
    expect((await signIn(withRecovery)).status).toBe(200);
    expect((await signIn(withRecovery)).body.error?.code).toBe('totp_invalid');
  });

  it(`limits sign-in per e-mail (${STAFF_SIGN_IN_LIMIT_PER_EMAIL} in 15 minutes) from any address, even with the right password`, async () => {
    const member = await staffWith(db, { role: 'manager', stores: ['seongsu'] });
    for (let i = 0; i < STAFF_SIGN_IN_LIMIT_PER_EMAIL; i++) {
      expect((await signIn({ email: member.email, password: `guess ${i}` }, `10.9.1.${i}`)).status).toBe(401);
    }
    const locked = await signIn({ email: member.email, password: member.password }, '10.9.2.1');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another member is not locked out by this.
    const other = await staffWith(db, { role: 'manager', stores: ['seongsu'] });
    expect((await signIn({ email: other.email, password: other.password }, '10.9.2.1')).status).toBe(200);
  });

  it('signs out: the session ends and the cookie is cleared', async () => {
    const member = await staffWith(db, { role: 'associate', stores: ['seongsu'] });
    const out = await api.staff(member).delete('/api/staff/session');
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/^aisle-staff=; Max-Age=0/);
    expect((await api.staff(member).get('/api/staff/session')).status).toBe(401);
  });
});

describe(`staff members (${DB_LABEL})`, () => {
  const SEONGSU = stableId('str', 'seongsu');
  const GANGNAM = stableId('str', 'gangnam');

  it('lets a manager invite associates of their own stores only; the link is e-mailed and the invitation audited', async () => {
    const manager = await staffWith(db, { role: 'manager', stores: ['seongsu'] });
    const as = api.staff(manager);
    const invite = (role: string, storeIds: string[], email = `inv-${crypto.randomUUID()}@staff.test`) =>
      as.post<{ setPasswordUrl: string; member: { id: string }; error?: { code: string } }>('/api/staff/members', {
        email,
        name: 'New Associate',
        role,
        storeIds,
      });
    expect((await invite('manager', [SEONGSU])).status).toBe(403);
    expect((await invite('associate', [GANGNAM])).status).toBe(403);
    expect((await invite('associate', [])).status).toBe(422);
    const email = `mina-${crypto.randomUUID()}@staff.test`;
    const made = await invite('associate', ['seongsu'], email);
    expect(made.status).toBe(201);
    expect(made.body.setPasswordUrl).toMatch(/\/staff\/set-password\?token=[A-Za-z0-9_-]{43}$/);
    expect((await invite('associate', [SEONGSU], email.toUpperCase())).body.error?.code).toBe('staff_email_taken');
    const [mail] = await db.db.select().from(outbox).where(eq(outbox.to, email));
    expect(mail!.body).toContain(made.body.setPasswordUrl);
    const [audit] = await db.db
      .select()
      .from(staffAuditLog)
      .where(and(eq(staffAuditLog.action, 'staff.invited'), eq(staffAuditLog.target, email)));
    expect(audit).toMatchObject({ staffId: manager.id, staffEmail: manager.email, role: 'manager', storeId: SEONGSU });
  });

  it('removes a member: their sessions end, their audit rows stay with their e-mail and role', async () => {
    const admin = await staffWith(db, { role: 'admin' });
    const leaver = await staffWith(db, { role: 'associate', stores: ['seongsu'] });
    await api.staff(leaver).delete('/api/staff/session');
    const again = await staffWith(db, { role: 'associate', stores: ['gangnam'] });
    expect((await api.staff(admin).delete(`/api/staff/members/${leaver.id}`)).status).toBe(200);
    expect((await api.staff(admin).delete(`/api/staff/members/${leaver.id}`)).status).toBe(404);
    const rows = await db.db.select().from(staffAuditLog).where(eq(staffAuditLog.staffId, leaver.id));
    expect(rows.map((r) => r.action)).toContain('staff.signed_out');
    expect(rows[0]).toMatchObject({ staffEmail: leaver.email, role: 'associate' });
    const audit = await api.staff(admin).get<{ entries: { action: string; target: string }[] }>('/api/staff/audit');
    expect(audit.body.entries[0]).toMatchObject({ action: 'staff.removed', target: leaver.email });
    // A manager cannot remove a member of another store (404), nor an admin.
    const manager = await staffWith(db, { role: 'manager', stores: ['seongsu'] });
    expect((await api.staff(manager).delete(`/api/staff/members/${again.id}`)).status).toBe(404);
    expect((await api.staff(manager).delete(`/api/staff/members/${admin.id}`)).status).toBe(404);
  });

  it("lists and revokes sessions: one's own, or a managed member's", async () => {
    const member = await staffWith(db, { role: 'associate', stores: ['seongsu'] });
    const own = await api
      .staff(member)
      .get<{ sessions: { id: string; current: boolean }[] }>(`/api/staff/members/${member.id}/sessions`);
    expect(own.body.sessions).toEqual([expect.objectContaining({ id: member.sessionId, current: true })]);
    const manager = await staffWith(db, { role: 'manager', stores: ['seongsu'] });
    const path = `/api/staff/members/${member.id}/sessions/${member.sessionId}`;
    expect((await api.staff(manager).delete(path)).status).toBe(200);
    expect((await api.staff(member).get('/api/staff/session')).status).toBe(401);
  });
});
