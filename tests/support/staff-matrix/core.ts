import { staffWith } from '../staff';
import type { StaffMatrixRow } from './types';

/** A member at the call's store, for the rows that act on someone else. */
const associateAt = (db: Parameters<typeof staffWith>[0], storeCode: string) =>
  staffWith(db, { role: 'associate', stores: [storeCode] });

/** The staff core's own routes: session, enrolment, members, sessions, audit. */
export const staffMatrixRows: StaffMatrixRow[] = [
  {
    operation: 'GET /api/staff/session',
    minRole: 'enrolling',
    otherStore: 'ok',
    request: async () => ({ path: '/api/staff/session' }),
    ok: [200],
  },
  {
    operation: 'DELETE /api/staff/session',
    minRole: 'enrolling',
    otherStore: 'ok',
    request: async () => ({ path: '/api/staff/session' }),
    ok: [200],
  },
  {
    operation: 'POST /api/staff/totp',
    minRole: 'enrolling',
    otherStore: 'ok',
    request: async () => ({ path: '/api/staff/totp' }),
    // An enrolled admin already has one.
    ok: [200, 409],
  },
  {
    operation: 'POST /api/staff/totp/confirm',
    minRole: 'enrolling',
    otherStore: 'ok',
    request: async () => ({ path: '/api/staff/totp/confirm', body: { code: '000000' } }),
    ok: [409],
  },
  {
    operation: 'GET /api/staff/members',
    minRole: 'manager',
    otherStore: 'ok',
    request: async () => ({ path: '/api/staff/members' }),
    ok: [200],
  },
  {
    operation: 'POST /api/staff/members',
    minRole: 'manager',
    otherStore: 403,
    request: async ({ storeCode }) => ({
      path: '/api/staff/members',
      body: {
        email: `matrix-${crypto.randomUUID()}@staff.test`,
        name: 'Matrix',
        role: 'associate',
        storeIds: [storeCode],
      },
    }),
    ok: [201],
  },
  {
    operation: 'DELETE /api/staff/members/{staffId}',
    minRole: 'manager',
    otherStore: 404,
    request: async ({ db, storeCode }) => ({ path: `/api/staff/members/${(await associateAt(db, storeCode)).id}` }),
    ok: [200],
  },
  {
    operation: 'GET /api/staff/members/{staffId}/sessions',
    minRole: 'manager',
    belowStatus: 404,
    otherStore: 404,
    request: async ({ db, storeCode }) => ({
      path: `/api/staff/members/${(await associateAt(db, storeCode)).id}/sessions`,
    }),
    ok: [200],
  },
  {
    // One's own sessions: any member may see and end them.
    operation: 'GET /api/staff/members/{staffId}/sessions',
    minRole: 'associate',
    otherStore: 'ok',
    request: async ({ caller }) => ({ path: `/api/staff/members/${caller.id}/sessions` }),
    ok: [200],
  },
  {
    operation: 'DELETE /api/staff/members/{staffId}/sessions/{sessionId}',
    minRole: 'manager',
    belowStatus: 404,
    otherStore: 404,
    request: async ({ db, storeCode }) => {
      const target = await associateAt(db, storeCode);
      return { path: `/api/staff/members/${target.id}/sessions/${target.sessionId}` };
    },
    ok: [200],
  },
  {
    operation: 'GET /api/staff/audit',
    minRole: 'admin',
    otherStore: 'ok',
    request: async ({ storeId }) => ({ path: `/api/staff/audit?storeId=${storeId}` }),
    ok: [200],
  },
];
