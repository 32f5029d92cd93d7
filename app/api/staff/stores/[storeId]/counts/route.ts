import { route } from '@/lib/http/route';
import { staffStoreOr404 } from '@/lib/staff/access';
import { staffCountsContract } from '@/lib/staff-counts/contract';
import { postStoreCount } from '@/lib/staff-counts/post-count';
import { readStoreStock, shownStock } from '@/lib/staff-counts/read-store-stock';
import { staffActor } from '@/lib/staff-pickups/actor';

export const GET = route(staffCountsContract.lookup, async ({ db, params, query, caller }) => {
  staffStoreOr404(caller.staff, params.storeId);
  return { stock: shownStock(await readStoreStock(db, params.storeId, query.sku)) };
});

export const POST = route(staffCountsContract.post, async ({ db, now, params, body, caller }) => {
  staffStoreOr404(caller.staff, params.storeId);
  return postStoreCount(db, staffActor(caller.staff), params.storeId, body, now);
});
