import type { StaffRole } from '@/lib/http/operation';

/** A signed-in staff member, as a handler sees them (`ctx.caller.staff`). */
export type StaffCaller = {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  /** The stores they act on: every store for an admin. */
  storeIds: string[] | 'all';
  /** The session this request came with (to sign out, or list as "this device"). */
  sessionId: string;
  totpEnrolled: boolean;
};

const RANK: Record<StaffRole, number> = { associate: 0, manager: 1, admin: 2 };

/** admin > manager > associate: whether `role` may do what `needed` may. */
export function roleAtLeast(role: StaffRole, needed: StaffRole): boolean {
  return RANK[role] >= RANK[needed];
}
