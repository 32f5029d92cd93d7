import { route } from '@/lib/http/route';
import { storesContract } from '@/lib/stores/contract';
import { toStore } from '@/lib/stores/list-stores';
import { upsertStore } from '@/lib/stores/upsert-store';

/** The retailer's systems bring a store in by its code: 201 created, 200 updated or unchanged. */
export const PUT = route(storesContract.upsertStore, async ({ db, now, params, body }) => {
  const { status, store } = await upsertStore(db, params.code, body);
  return Response.json({ status, store: toStore(store, { now }) }, { status: status === 'created' ? 201 : 200 });
});
