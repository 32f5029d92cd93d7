import { route } from '@/lib/http/route';
import { applyStockFeed } from '@/lib/inventory/apply-stock-feed';
import { inventoryContract } from '@/lib/inventory/contract';

export const POST = route(inventoryContract.stockFeed, async ({ db, body, now }) => ({
  results: await applyStockFeed(db, body, now),
}));
