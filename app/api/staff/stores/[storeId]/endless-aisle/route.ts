import { endlessAisleContract } from '@/lib/endless-aisle/contract';
import { searchAisle } from '@/lib/endless-aisle/search-stock';
import { route } from '@/lib/http/route';
import { staffStoreOr404 } from '@/lib/staff/access';

/** The whole catalog with stock at every location, for an associate of this store. */
export const GET = route(endlessAisleContract.search, async ({ db, caller, params, query }) =>
  searchAisle(db, { q: query.q, storeId: staffStoreOr404(caller.staff, params.storeId) }),
);
