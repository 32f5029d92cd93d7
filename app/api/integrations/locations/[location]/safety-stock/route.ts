import { route } from '@/lib/http/route';
import { inventoryContract } from '@/lib/inventory/contract';
import { setSafetyStock } from '@/lib/inventory/set-safety-stock';

export const PUT = route(inventoryContract.safetyStock, async ({ db, body, params, now }) =>
  setSafetyStock(db, params.location, body, now),
);
