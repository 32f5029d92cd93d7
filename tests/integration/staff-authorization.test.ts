import { describe, expect, it } from 'vitest';
import type { StaffRole } from '@/lib/http/operation';
import { stableId } from '@/lib/ids';
import { makeUser } from '../support/accounts';
import { api, type ApiClient } from '../support/api';
import { keyWith } from '../support/api-keys';
import { dbFingerprint } from '../support/db-fingerprint';
import { staffWith } from '../support/staff';
import type { MatrixCall, StaffMatrixRow } from '../support/staff-matrix/types';
import { DB_LABEL, useTestDb } from '../support/test-db';

/*
 * Every staff route × role × store. Rows live in tests/support/staff-matrix/*.ts (one file per
 * domain), so a new staff route adds its row there; this file checks every staff operation of
 * the OpenAPI document has one.
 */
const rowFiles = import.meta.glob<{ staffMatrixRows?: StaffMatrixRow[] }>('../support/staff-matrix/*.ts', {
  eager: true,
});
const rows = Object.values(rowFiles).flatMap((m) => m.staffMatrixRows ?? []);

const db = useTestDb();
const OWN = 'seongsu';
const OTHER = 'gangnam';
const ROLES: StaffRole[] = ['associate', 'manager', 'admin'];
const RANK = { enrolling: -1, associate: 0, manager: 1, admin: 2 } as const;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Tables a refused call may still touch: a staff session's last use (noted at most once a minute). */
const BOOKKEEPING = ['staff_sessions'];
async function state() {
  const all = await dbFingerprint(db.db);
  for (const t of BOOKKEEPING) delete all[t];
  return all;
}

async function send(client: ApiClient, row: StaffMatrixRow, call: MatrixCall) {
  const [method] = row.operation.split(' ') as [Method];
  const { path, body } = await row.request(call);
  const before = await state();
  const answer = await client.call<{ error?: { code: string } }>(method, path, body);
  return {
    answer,
    refusedCleanly: async () => expect(await state(), `${row.operation} refused but wrote`).toEqual(before),
  };
}

describe(`staff authorization matrix (${DB_LABEL})`, () => {
  it('has a row for every staff operation in the OpenAPI document that needs a session', async () => {
    type Doc = { paths: Record<string, Record<string, { security?: unknown[] }>> };
    const doc = (await api.get<Doc>('/api/openapi.json')).body;
    // Sign-in and set-password need no session (staff-sign-in.test.ts covers them).
    const staffOps = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/staff/'))
      .flatMap(([path, methods]) =>
        Object.entries(methods)
          .filter(([, op]) => (op.security ?? []).length > 0)
          .map(([m]) => `${m.toUpperCase()} ${path}`),
      );
    expect(staffOps.length).toBeGreaterThan(0);
    expect(staffOps.filter((op) => !rows.some((r) => r.operation === op))).toEqual([]);
  });

  for (const row of rows) {
    it(`${row.operation} (at least ${row.minRole}): each role at its own store and another`, async () => {
      for (const role of ROLES) {
        for (const which of ['own', 'other'] as const) {
          const caller = await staffWith(db, { role, stores: role === 'admin' ? [] : [OWN] });
          const storeCode = which === 'own' ? OWN : OTHER;
          const call: MatrixCall = { db: db.db, caller, role, storeId: stableId('str', storeCode), storeCode, which };
          const { answer, refusedCleanly } = await send(api.staff(caller), row, call);
          const label = `${row.operation} as ${role} about the ${which} store`;
          const admitted = RANK[role] >= RANK[row.minRole];
          if (!admitted) {
            expect(answer.status, label).toBe(row.belowStatus ?? 403);
            await refusedCleanly();
          } else if (which === 'other' && role !== 'admin' && row.otherStore !== 'ok') {
            expect(answer.status, label).toBe(row.otherStore);
            await refusedCleanly();
          } else {
            expect(row.ok, `${label}: ${answer.status} ${JSON.stringify(answer.body)}`).toContain(answer.status);
          }
        }
      }
    });

    it(`${row.operation}: refuses a guest, a shopper, an API key and (unless enrolment) an admin without TOTP`, async () => {
      const anyone = await staffWith(db, { role: 'admin' });
      const call: MatrixCall = {
        db: db.db,
        caller: anyone,
        role: 'admin',
        storeId: stableId('str', OWN),
        storeCode: OWN,
        which: 'own',
      };
      const shopper = await makeUser(db.db, `matrix-${crypto.randomUUID()}@example.com`);
      const key = await keyWith(db, ['stock:write', 'orders:read', 'catalog:write', 'stores:write', 'webhooks:write']);
      const refusals: [string, ApiClient, number][] = [
        ['a guest', api, 401],
        ['a signed-in shopper', api.as(shopper), 401],
        ['an API key', api.key(key), 401],
      ];
      const unenrolled = await staffWith(db, { role: 'admin', enrolled: false });
      if (row.minRole !== 'enrolling') refusals.push(['an admin without TOTP', api.staff(unenrolled), 403]);
      for (const [who, client, status] of refusals) {
        const { answer, refusedCleanly } = await send(client, row, call);
        expect(answer.status, `${row.operation} as ${who}`).toBe(status);
        if (who === 'an admin without TOTP') expect(answer.body.error?.code).toBe('totp_enrolment_required');
        await refusedCleanly();
      }
    });
  }
});
