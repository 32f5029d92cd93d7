import { route } from '@/lib/http/route';
import { staffActor } from '@/lib/staff-pickups/actor';
import { staffPickupsContract } from '@/lib/staff-pickups/contract';
import { staffMarkReady } from '@/lib/staff-pickups/work-pickup';

export const POST = route(staffPickupsContract.ready, async ({ db, now, params, query, caller }) =>
  staffMarkReady(db, staffActor(caller.staff), { orderId: params.orderId, storeId: query.storeId }, now),
);
