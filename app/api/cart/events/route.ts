import { cartContract } from '@/lib/cart/contract';
import { cartEvents } from '@/lib/cart/events';
import { followCallerCart } from '@/lib/cart/follow-cart';
import { streamSlots } from '@/lib/cart/stream-slots';
import { getDbHandle } from '@/lib/db';
import { route } from '@/lib/http/route';

/** The caller's bag changes as they happen (server-sent events); the page then reads GET /api/cart. */
export const GET = route(cartContract.events, async (ctx) =>
  followCallerCart(ctx, { events: cartEvents(await getDbHandle()), slots: streamSlots() }),
);
