import 'server-only';
import { recordStaffAction } from '@/lib/staff/audit';
import type { StaffCaller } from '@/lib/staff/caller';
import type { RecordOfferChange } from './admin';

/** The staff audit of a console write: who, which offer, what it was and became (offers belong to no one store). */
export function auditOfferChangeBy(staff: StaffCaller): RecordOfferChange {
  return (tx, change) =>
    recordStaffAction(tx, staff, {
      action: change.action,
      target: change.offerId,
      before: change.before,
      after: change.after,
    });
}
