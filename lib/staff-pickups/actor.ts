import 'server-only';
import { recordStaffAction } from '@/lib/staff/audit';
import type { StaffActor } from './work-pickup';

type Staff = Parameters<typeof recordStaffAction>[1];

/** A signed-in staff member as the pickup and count operations take them: their stores, and their audit trail. */
export function staffActor(staff: Staff & { storeIds: readonly string[] | 'all' }): StaffActor {
  return { storeIds: staff.storeIds, audit: (tx, entry) => recordStaffAction(tx, staff, entry) };
}
