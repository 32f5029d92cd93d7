import 'server-only';
import { AppError, retryAfter } from '@/lib/http/errors';
import { clientAddress } from '@/lib/http/client-address';
import type { ShopperContext } from './caller-cart';
import type { CartEventHub, CartFollowKey, CartSignal } from './events';
import { findCartId } from './find-cart';
import type { StreamSlots } from './stream-slots';

/** A comment line this often keeps proxies and load balancers from closing an idle stream. */
export const HEARTBEAT_MS = 25_000;
/** A stream ends after at most this long (the browser reconnects): no stream outlives a session by much. */
export const MAX_LIFETIME_MS = 15 * 60_000;
/** What the browser waits before reconnecting after a stream ends or drops. */
const RETRY_MS = 5_000;

export const EVENT_STREAM_HEADERS = {
  'content-type': 'text/event-stream',
  // no-transform: a compressing proxy (or Next's own compression) would hold events back.
  'cache-control': 'private, no-store, no-transform',
  'x-accel-buffering': 'no',
} as const;

export type FollowDeps = {
  events: CartEventHub;
  slots: StreamSlots;
  /** Tests shorten these. */
  heartbeatMs?: number;
  lifetimeMs?: number;
};

/**
 * What the caller may follow, decided as GET /api/cart decides whose cart it reads: a signed-in
 * shopper's account, else the bag of the guest cookie; null for a guest with no bag.
 */
async function followKeyOf(ctx: ShopperContext): Promise<CartFollowKey | null> {
  const { user, guestToken } = ctx.caller;
  if (user) return `user:${user.id}`;
  if (!guestToken) return null;
  const cartId = await findCartId(ctx.db, { guestToken });
  return cartId ? `cart:${cartId}` : null;
}

/**
 * GET /api/cart/events: a server-sent event stream that says `changed` whenever the caller's bag
 * changes, on any device or instance, and `resync` when changes may have been missed. No cart
 * data travels on it; the page reads its cart as it always does. 204 when there is no bag to
 * follow (a guest's first add opens one), 429 past the per-bag or per-address limit, 503 past the
 * instance's.
 */
export async function followCallerCart(ctx: ShopperContext, deps: FollowDeps): Promise<Response> {
  const key = await followKeyOf(ctx);
  if (!key)
    return new Response(null, { status: 204, headers: { 'cache-control': EVENT_STREAM_HEADERS['cache-control'] } });
  const { env } = ctx;
  const slot = deps.slots.take(key, clientAddress(ctx.request.headers, env), {
    perBag: env.AISLE_CART_STREAMS_PER_BAG,
    perAddress: env.AISLE_CART_STREAMS_PER_ADDRESS,
    perInstance: env.AISLE_CART_STREAMS_PER_INSTANCE,
  });
  if ('refused' in slot) {
    if (slot.refused === 'instance') {
      throw new AppError('service_unavailable', 'Too many open pages on this server; the page checks its bag itself', {
        headers: retryAfter(60),
      });
    }
    const whose = slot.refused === 'bag' ? 'this bag' : 'your network';
    throw new AppError('rate_limited', `Too many open pages follow ${whose}; close some and try again`, {
      headers: retryAfter(60),
    });
  }

  const encoder = new TextEncoder();
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let finished = false;
  let unsubscribe = () => {};
  const timers: NodeJS.Timeout[] = [];
  const finish = () => {
    if (finished) return;
    finished = true;
    timers.forEach(clearTimeout);
    unsubscribe();
    slot.release();
    ctx.request.signal.removeEventListener('abort', end);
  };
  const end = () => {
    finish();
    try {
      controller?.close();
    } catch {
      // Already closed or cancelled.
    }
  };
  const send = (text: string) => {
    if (finished) return;
    try {
      controller?.enqueue(encoder.encode(text));
    } catch {
      finish();
    }
  };

  try {
    unsubscribe = await deps.events.subscribe(key, (signal: CartSignal) => send(`data: ${signal}\n\n`));
  } catch (error) {
    slot.release();
    throw error;
  }
  ctx.request.signal.addEventListener('abort', end);

  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      // The first bytes at once: the browser's EventSource is open, and catches up with a read.
      send(`retry: ${RETRY_MS}\n: following\n\n`);
      const heartbeat = setInterval(() => send(': heartbeat\n\n'), deps.heartbeatMs ?? HEARTBEAT_MS);
      // Up to a tenth earlier than the limit: streams opened together do not all reconnect together.
      const lifetime = deps.lifetimeMs ?? MAX_LIFETIME_MS;
      const ending = setTimeout(end, lifetime - Math.floor(Math.random() * lifetime * 0.1));
      timers.push(heartbeat, ending);
      if (ctx.request.signal.aborted) end();
    },
    cancel: finish,
  });
  return new Response(body, { status: 200, headers: EVENT_STREAM_HEADERS });
}
