import type { Db } from '@/lib/db';
import type { StaffRole } from '@/lib/http/operation';
import type { TestStaff } from '../staff';

/** What a row's request is made for: the caller, and the store the call is about. */
export type MatrixCall = {
  db: Db;
  /** The member calling (made for this call: a row may sign them out or change them). */
  caller: TestStaff;
  role: StaffRole;
  /** The store the call is about: the caller's own (`own`) or one they do not work at (`other`). */
  storeId: string;
  storeCode: string;
  which: 'own' | 'other';
};

/**
 * One staff route in tests/integration/staff-authorization.test.ts. Every row is called by an
 * associate, a manager and an admin, each about their own store and another, and by a guest, a
 * signed-in shopper, an API key and an admin without TOTP; a refusal must write nothing.
 * Add your rows in a file of this folder exporting `staffMatrixRows: StaffMatrixRow[]`.
 */
export type StaffMatrixRow = {
  /** `METHOD /api/staff/…` as in the OpenAPI document (the test checks every staff operation has a row). */
  operation: string;
  /** The least role admitted (`enrolling`: any staff session, an admin's before TOTP too). */
  minRole: StaffRole | 'enrolling';
  /** How a role below minRole is refused: 403 by default; 404 when the object is not theirs to see. */
  belowStatus?: 403 | 404;
  /**
   * How a manager's or an associate's call about another store is answered: 404 (the default for
   * store-scoped routes), 403 (a store named in the body), or `ok` for routes about no store.
   */
  otherStore: 404 | 403 | 'ok';
  /** The request: its path (params filled in) and JSON body. */
  request: (call: MatrixCall) => Promise<{ path: string; body?: unknown }>;
  /** The statuses an admitted call may answer (e.g. 200, or 409 when the state says so). */
  ok: number[];
};
