import 'server-only';
import type { Db } from '@/lib/db';
import { staffAuditLog } from '@/lib/db/schema';
import { newId } from '@/lib/ids';
import type { StaffCaller } from './caller';

export type StaffAction = {
  /** What was done, dotted: `pickup.ready`, `count.posted`, `staff.invited`, `offer.updated`. */
  action: string;
  storeId?: string | null;
  /** What it was done to: an order, a SKU, a member's e-mail, an offer id. */
  target?: string | null;
  before?: unknown;
  after?: unknown;
  at?: Date;
};

/**
 * Writes the audit row of a staff action. Call it with the transaction of the write itself, so
 * the write and its row commit together or not at all. The member's e-mail and role are copied:
 * the row outlives the account.
 */
export async function recordStaffAction(
  tx: Db,
  staff: Pick<StaffCaller, 'id' | 'email' | 'role'>,
  entry: StaffAction,
): Promise<void> {
  await tx.insert(staffAuditLog).values({
    id: newId('aud'),
    staffId: staff.id,
    staffEmail: staff.email,
    role: staff.role,
    storeId: entry.storeId ?? null,
    action: entry.action,
    target: entry.target ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    at: entry.at ?? new Date(),
  });
}
