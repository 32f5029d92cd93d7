import { route } from '@/lib/http/route';
import { orderContract } from '@/lib/orders/contract';
import { readOrderFeed } from '@/lib/orders/read-order-feed';

/** The ERP's feed: every channel's orders, each again after it changes. */
export const GET = route(orderContract.integrationFeed, async ({ db, query }) => readOrderFeed(db, query));
