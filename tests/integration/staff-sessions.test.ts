import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { staffSessions } from '@/lib/db/schema';
import type { StaffRole } from '@/lib/http/operation';
import { route } from '@/lib/http/route';
import { staffStoreOr404 } from '@/lib/staff/access';
import { revokeStaffSession } from '@/lib/staff/sessions';
import { stableId } from '@/lib/ids';
import { makeUser } from '../support/accounts';
import { actingAs } from '../support/acting';
import { keyWith } from '../support/api-keys';
import { callRoute } from '../support/call-route';
import { staffWith, type TestStaff } from '../support/staff';
import { testOperation } from '../support/test-operation';
import { useTestDb } from '../support/test-db';

const db = useTestDb();
const SEONGSU = stableId('str', 'seongsu');
const GANGNAM = stableId('str', 'gangnam');

type Answer = { staff?: { id: string; role: string; storeIds: string[] | 'all' }; error?: { code: string } };

const routeFor = (auth: `staff:${StaffRole}` | 'staff:enrolling') =>
  route(testOperation({ auth, method: 'get' }), async ({ caller }) => ({ staff: caller.staff }));
/** A store-scoped route, as the pickup queue is: another store's id is a 404. */
const storeRoute = route(
  testOperation({ auth: 'staff:associate', method: 'get', params: z.object({ storeId: z.string() }) }),
  async ({ caller, params }) => ({ store: staffStoreOr404(caller.staff, params.storeId) }),
);

const cookieOf = (member: { token: string } | string) => ({
  cookie: `aisle-staff=${typeof member === 'string' ? member : member.token}`,
});
const call = (handler: ReturnType<typeof routeFor>, headers: Record<string, string> = {}) =>
  callRoute<Answer>(handler, '/x', { init: { headers } });

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('staff sessions and roles', () => {
  it('admits by the hierarchy admin > manager > associate, and refuses a lower role with 403', async () => {
    const members: Record<StaffRole, TestStaff> = {
      associate: await staffWith(db, { role: 'associate', stores: ['seongsu'] }),
      manager: await staffWith(db, { role: 'manager', stores: ['seongsu'] }),
      admin: await staffWith(db, { role: 'admin' }),
    };
    const ranks: StaffRole[] = ['associate', 'manager', 'admin'];
    for (const [needed, rank] of ranks.map((r, i) => [r, i] as const)) {
      for (const [role, member] of Object.entries(members) as [StaffRole, TestStaff][]) {
        const answer = await call(routeFor(`staff:${needed}`), cookieOf(member));
        const admitted = ranks.indexOf(role) >= rank;
        expect(answer.status, `${role} on staff:${needed}`).toBe(admitted ? 200 : 403);
        if (admitted) expect(answer.body.staff).toMatchObject({ id: member.id, role });
      }
    }
    const admin = await call(routeFor('staff:admin'), cookieOf(members.admin));
    expect(admin.body.staff?.storeIds).toBe('all');
  });

  it('binds associates and managers to their stores: another store is a 404, an admin reaches every store', async () => {
    const associate = await staffWith(db, { role: 'associate', stores: ['seongsu'] });
    const manager = await staffWith(db, { role: 'manager', stores: [GANGNAM] });
    const admin = await staffWith(db, { role: 'admin' });
    const at = (member: TestStaff, storeId: string) =>
      callRoute<Answer>(storeRoute, '/x', { params: { storeId }, init: { headers: cookieOf(member) } });
    expect((await at(associate, SEONGSU)).status).toBe(200);
    expect((await at(associate, GANGNAM)).status).toBe(404);
    expect((await at(manager, GANGNAM)).status).toBe(200);
    expect((await at(manager, SEONGSU)).status).toBe(404);
    expect((await at(admin, SEONGSU)).status).toBe(200);
    expect((await at(admin, GANGNAM)).status).toBe(200);
  });

  it('ends a session idle for longer than the idle timeout, and one past its absolute lifetime', async () => {
    vi.stubEnv('AISLE_STAFF_IDLE_MINUTES', '30');
    vi.stubEnv('AISLE_STAFF_SESSION_HOURS', '12');
    const member = await staffWith(db, { role: 'associate', stores: ['seongsu'] });
    const started = Date.now();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(started + 29 * 60_000);
    expect((await call(routeFor('staff:associate'), cookieOf(member))).status).toBe(200);
    // Seen at 29 minutes: the idle clock restarts, so 58 minutes in is still 29 idle.
    const [seen] = await db.db.select().from(staffSessions).where(eq(staffSessions.id, member.sessionId));
    expect(seen!.lastSeenAt.getTime()).toBe(started + 29 * 60_000);
    vi.setSystemTime(started + 58 * 60_000);
    expect((await call(routeFor('staff:associate'), cookieOf(member))).status).toBe(200);
    vi.setSystemTime(started + 89 * 60_000);
    const idle = await call(routeFor('staff:associate'), cookieOf(member));
    expect(idle.status).toBe(401);
    expect(idle.body.error?.code).toBe('unauthorized');

    const busy = await staffWith(db, { role: 'associate', stores: ['seongsu'] });
    const begun = Date.now();
    for (let minutes = 25; minutes < 12 * 60; minutes += 25) {
      vi.setSystemTime(begun + minutes * 60_000);
      expect((await call(routeFor('staff:associate'), cookieOf(busy))).status, `${minutes} min`).toBe(200);
    }
    vi.setSystemTime(begun + 12 * 60 * 60_000);
    expect((await call(routeFor('staff:associate'), cookieOf(busy))).status).toBe(401);
  });

  it('refuses a revoked session at once, and a made-up token', async () => {
    const member = await staffWith(db, { role: 'manager', stores: ['seongsu'] });
    expect((await call(routeFor('staff:associate'), cookieOf(member))).status).toBe(200);
    expect(await revokeStaffSession(db.db, member.sessionId, new Date())).toBe(true);
    expect((await call(routeFor('staff:associate'), cookieOf(member))).status).toBe(401);
    expect((await call(routeFor('staff:associate'), cookieOf('A'.repeat(43)))).status).toBe(401);
  });

  it('refuses an admin without TOTP everywhere but enrolment', async () => {
    const admin = await staffWith(db, { role: 'admin', enrolled: false });
    for (const role of ['associate', 'manager', 'admin'] as const) {
      const answer = await call(routeFor(`staff:${role}`), cookieOf(admin));
      expect(answer.status).toBe(403);
      expect(answer.body.error?.code).toBe('totp_enrolment_required');
    }
    expect((await call(routeFor('staff:enrolling'), cookieOf(admin))).status).toBe(200);
    // Associates and managers may enrol, but need not.
    const associate = await staffWith(db, { role: 'associate', stores: ['seongsu'] });
    expect((await call(routeFor('staff:associate'), cookieOf(associate))).status).toBe(200);
  });

  it('never admits a shopper session or an API key, and the staff cookie means nothing to shopper routes', async () => {
    const shopper = await makeUser(db.db, 'staff-probe@example.com');
    const refused = await actingAs(shopper, () => call(routeFor('staff:associate')));
    expect(refused.status).toBe(401);
    const key = await keyWith(db, ['stock:write', 'orders:read']);
    const member = await staffWith(db, { role: 'admin' });
    const withKey = await call(routeFor('staff:associate'), { authorization: `Bearer ${key}` });
    expect(withKey.body.error?.code).toBe('api_key_not_accepted');
    // Even beside a live staff cookie, a Bearer key is refused rather than ignored.
    const both = await call(routeFor('staff:associate'), { ...cookieOf(member), authorization: `Bearer ${key}` });
    expect(both.status).toBe(401);
    const shopperRoute = route(testOperation({ auth: 'user', method: 'get' }), async ({ caller }) => ({
      user: caller.user.id,
    }));
    const withStaffCookie = await actingAs(null, () =>
      callRoute(shopperRoute, '/x', { init: { headers: cookieOf(member) } }),
    );
    expect(withStaffCookie.status).toBe(401);
  });
});
