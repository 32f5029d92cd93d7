import { route } from '@/lib/http/route';
import { staffStoreOr404 } from '@/lib/staff/access';
import { staffPickupsContract } from '@/lib/staff-pickups/contract';
import { readPickupQueue } from '@/lib/staff-pickups/read-queue';

export const GET = route(staffPickupsContract.queue, async ({ db, now, params, query, caller }) => {
  staffStoreOr404(caller.staff, params.storeId);
  return { pickups: await readPickupQueue(db, params.storeId, query.status, now) };
});
