import { route } from '@/lib/http/route';
import { staffActor } from '@/lib/staff-pickups/actor';
import { staffPickupsContract } from '@/lib/staff-pickups/contract';
import { staffMarkCollected } from '@/lib/staff-pickups/work-pickup';

export const POST = route(staffPickupsContract.collected, async ({ db, now, params, query, body, caller }) =>
  staffMarkCollected(
    db,
    staffActor(caller.staff),
    { orderId: params.orderId, storeId: query.storeId, code: body.code },
    now,
  ),
);
