import 'server-only';
import type { StaffCaller } from '@/lib/staff/caller';
import { recordStaffAction } from '@/lib/staff/audit';
import type { StaffActor } from './work-pickup';

/** A signed-in staff member as the pickup and count operations take them: their stores, and their audit trail. */
export function staffActor(staff: StaffCaller): StaffActor {
  return { storeIds: staff.storeIds, audit: (tx, entry) => recordStaffAction(tx, staff, entry) };
}
