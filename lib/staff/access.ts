import 'server-only';
import { AppError } from '@/lib/http/errors';
import type { StaffCaller } from './caller';

/** Whether the member acts on this store (an admin acts on every store). */
export function staffActsOn(staff: Pick<StaffCaller, 'storeIds'>, storeId: string): boolean {
  return staff.storeIds === 'all' || staff.storeIds.includes(storeId);
}

/**
 * The store id when the member acts on it, else 404: another store's queue, order or count is
 * answered as if it did not exist, so editing an id in the address learns nothing.
 */
export function staffStoreOr404(staff: Pick<StaffCaller, 'storeIds'>, storeId: string): string {
  if (!staffActsOn(staff, storeId)) throw new AppError('not_found', 'This store was not found');
  return storeId;
}
