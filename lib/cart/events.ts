import 'server-only';
import type { DbHandle } from '@/lib/db';

/*
 * Bag changes, as they commit, for this instance's open pages. The database announces every change
 * to a cart or its lines on one channel (migration 0026_cart_sync_notify); this instance listens
 * once, and hands each announcement to the streams following that bag or that account
 * (GET /api/cart/events). Nothing of the cart travels: a page told "changed" reads its own cart
 * through GET /api/cart, authorised as ever.
 */

export const CART_CHANNEL = 'aisle_cart';

/** What a stream follows: a signed-in shopper's account (every device), or a guest's bag. */
export type CartFollowKey = `user:${string}` | `cart:${string}`;

/** `changed`: the bag changed. `resync`: changes may have been missed (the database connection came back). */
export type CartSignal = 'changed' | 'resync';
type Subscriber = (signal: CartSignal) => void;

/** The keys an announcement reaches: `{"cart":"crt_…","user":"usr_…"|null}`. */
export function keysOfNotice(payload: string): CartFollowKey[] {
  let notice: unknown;
  try {
    notice = JSON.parse(payload);
  } catch {
    return [];
  }
  const { cart, user } = (notice ?? {}) as { cart?: unknown; user?: unknown };
  const keys: CartFollowKey[] = [];
  if (typeof cart === 'string') keys.push(`cart:${cart}`);
  if (typeof user === 'string') keys.push(`user:${user}`);
  return keys;
}

class CartEventHub {
  private readonly subscribers = new Map<CartFollowKey, Set<Subscriber>>();
  private listening: Promise<unknown> | null = null;

  constructor(private readonly handle: Pick<DbHandle, 'listen'>) {}

  /**
   * Calls `fn` on each change to `key`'s bag from now on. Resolves once the instance listens, so a
   * change committed after it is heard. The one LISTEN stays for the instance's life.
   */
  async subscribe(key: CartFollowKey, fn: Subscriber): Promise<() => void> {
    await this.listen();
    const set = this.subscribers.get(key) ?? new Set();
    this.subscribers.set(key, set.add(fn));
    return () => {
      set.delete(fn);
      if (set.size === 0 && this.subscribers.get(key) === set) this.subscribers.delete(key);
    };
  }

  private listen(): Promise<unknown> {
    this.listening ??= this.handle
      .listen(
        CART_CHANNEL,
        (payload) => {
          for (const key of keysOfNotice(payload)) this.tell(this.subscribers.get(key), 'changed');
        },
        () => {
          for (const set of this.subscribers.values()) this.tell(set, 'resync');
        },
      )
      .catch((error: unknown) => {
        // Not listening (the database is unreachable): the next stream tries again.
        this.listening = null;
        throw error;
      });
    return this.listening;
  }

  private tell(set: Set<Subscriber> | undefined, signal: CartSignal): void {
    for (const fn of set ?? []) {
      try {
        fn(signal);
      } catch (error) {
        console.error('[cart-events] a stream failed to take a change', error);
      }
    }
  }
}

const KEY = Symbol.for('aisle.cart-event-hubs');

/**
 * The instance's hub for `handle` (one per database handle, so a test's database has its own),
 * kept on globalThis: Next may bundle this module more than once, and the LISTEN is one.
 */
export function cartEvents(handle: Pick<DbHandle, 'listen'>): CartEventHub {
  const holder = globalThis as { [KEY]?: WeakMap<object, CartEventHub> };
  const hubs = (holder[KEY] ??= new WeakMap());
  let hub = hubs.get(handle);
  if (!hub) hubs.set(handle, (hub = new CartEventHub(handle)));
  return hub;
}

export type { CartEventHub };
