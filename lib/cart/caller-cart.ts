import 'server-only';
import { requestLocale } from '@/lib/i18n/request-locale';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { authSecret } from '@/lib/env';
import type { Db } from '@/lib/db';
import { rowsOf } from '@/lib/db/rows';
import { AppError } from '@/lib/http/errors';
import { clientAddress } from '@/lib/http/client-address';
import type { RequestContext } from '@/lib/http/route';
import {
  idempotencyKeyKnown,
  parseIdempotencyKey,
  requestFingerprint,
  runIdempotent,
  type StoredResult,
} from '@/lib/idempotency/run-idempotent';
import { LOCATION_HEADER, parsePoint, regionFromHeaders } from '@/lib/offers/place';
import { limitCheckout } from '@/lib/orders/checkout-limits';
import { contextMarket } from '@/lib/markets/request-market';
import { cartEtag } from './etag';
import { applyCookie, newGuestToken, type CookieChange } from './guest-cookie';
import { mergeGuestCart } from './merge-guest-cart';
import { findCartId, findOrCreateCart } from './find-cart';
import { OWNER_HEADER, ownerMatches } from './owner-tag';
import { emptyCart, readCart, type CartContext } from './read-cart';
import type { Cart, CartNotice } from './schema';

/** A shopper's request: the route declared `auth: 'shopper'` (or stricter). */
export type ShopperContext = RequestContext<'shopper'> & { body?: unknown };

/** The caller's cart, as a write's work sees it: its id, the change's clock and If-Match. */
export type CallerCart = {
  id: string;
  now: Date;
  expectedVersion?: number;
  context: CartContext;
  /** The client's address (clientAddress), for per-address budgets such as checkout's unpaid units. */
  address: string;
  /** The answer for a cart write: the cart after the change, with what the change has to tell. */
  answer: (tx: Db, told?: CartNotice[] | void) => Promise<StoredResult>;
};

export type CallerCartOptions = {
  /**
   * Checkout: an Idempotency-Key is required and scoped to checkouts, each new attempt counts
   * against the checkout limits, and no owner tag is checked (checkout is never queued offline).
   */
  checkout?: boolean;
};

/** What the cart's offers depend on from this request: the allowed position and the CDN's region. */
function cartContextOf(ctx: RequestContext): CartContext {
  const point = parsePoint(ctx.request.headers.get(LOCATION_HEADER));
  const region = regionFromHeaders(ctx.request.headers, ctx.env);
  return { ...(point ? { point } : {}), ...(region ? { region } : {}), locale: requestLocale(ctx.request.headers) };
}

/** `If-Match: "<cartId>.<version>.<offers>"` (the ETag) or a bare version number. */
function expectedVersion(headers: Headers): number | undefined {
  const header = headers.get('if-match');
  if (!header) return undefined;
  const match = /^(?:W\/)?"?(?:[^".]*\.)?(\d+)(?:\.[0-9a-z]+)?"?$/.exec(header.trim());
  if (!match) {
    throw new AppError('invalid_request', 'If-Match must be the cart ETag', {
      fields: { 'If-Match': ['Not a cart ETag'] },
    });
  }
  return Number(match[1]);
}

/** A signed-in caller still holding a guest cookie brings that cart along, once. */
async function absorbGuestCart(ctx: ShopperContext): Promise<CookieChange> {
  const { user, guestToken } = ctx.caller;
  if (!user || !guestToken) return {};
  // The merge's notices are stored on the account cart until the shopper dismisses them.
  await mergeGuestCart(ctx.db, guestToken, user.id, ctx.now);
  return { clear: true };
}

/**
 * The caller's cart for writing, created when needed (a guest gets a new cookie token). A new bag
 * is in the request's market (the account's, the cookie's, the CDN's country's…).
 */
async function ensureCallerCart(ctx: ShopperContext) {
  const { db, now, caller } = ctx;
  const cookie = await absorbGuestCart(ctx);
  const market = () => contextMarket(ctx);
  if (caller.user) {
    const { id, created } = await findOrCreateCart(db, { userId: caller.user.id }, now, market);
    return { cartId: id, scope: `user:${caller.user.id}`, cookie, created };
  }
  if (caller.guestToken) {
    const cartId = await findCartId(db, { guestToken: caller.guestToken });
    if (cartId) return { cartId, scope: `cart:${cartId}`, cookie, created: false };
  }
  const token = newGuestToken();
  const { id, created } = await findOrCreateCart(db, { guestToken: token }, now, market);
  return { cartId: id, scope: `cart:${id}`, cookie: { set: token } as CookieChange, created };
}

/**
 * Removes a cart this request created when its first change was refused: a refusal leaves
 * nothing behind. Only while it is untouched (version 0, no lines), so a concurrent change
 * that did land keeps it.
 */
async function dropUntouchedCart(db: Db, cartId: string): Promise<boolean> {
  const dropped = rowsOf(
    z.object({ id: z.string() }),
    await db.execute(sql`DELETE FROM carts WHERE id = ${cartId} AND version = 0
      AND NOT EXISTS (SELECT 1 FROM cart_lines WHERE cart_id = ${cartId}) RETURNING id`),
  );
  return dropped.length > 0;
}

/** The caller's cart for reading; nothing is created for a guest who has none. */
export async function readCallerCart(ctx: ShopperContext): Promise<{ cart: Cart; cookie: CookieChange }> {
  const cookie = await absorbGuestCart(ctx);
  const { user, guestToken } = ctx.caller;
  const owner = user ? { userId: user.id } : guestToken ? { guestToken } : null;
  const cartId = owner ? await findCartId(ctx.db, owner) : null;
  // No bag yet: an empty one in the request's market, so a client shows the currency it will be in.
  const cart = cartId
    ? await readCart(ctx.db, cartId, { ...cartContextOf(ctx), now: ctx.now })
    : emptyCart(await contextMarket(ctx));
  return { cart, cookie };
}

/**
 * Runs one write on the caller's cart (a cart change or checkout): finds or creates the cart,
 * honours Idempotency-Key (scoped to the caller) and If-Match, and answers with what `work`
 * returns, plus the ETag of a cart and any cookie change. `work` does its reads and writes
 * through `tx`: the change and its stored answer commit together. When the work is refused
 * (thrown, or answered with a 4xx) a cart made for it is removed again and no cookie is set:
 * a refusal leaves nothing behind, not even the key's row (removed in the same transaction).
 */
export async function withCallerCart(
  ctx: ShopperContext,
  options: CallerCartOptions,
  work: (tx: Db, cart: CallerCart) => Promise<StoredResult>,
): Promise<Response> {
  const { db, now, env, request, caller } = ctx;
  const key = parseIdempotencyKey(request.headers.get('idempotency-key'));
  if (options.checkout && !key) {
    throw new AppError('precondition_required', 'Send an Idempotency-Key header with a checkout', {
      fields: { 'Idempotency-Key': ['Required'] },
    });
  }
  if (!options.checkout && !ownerMatches(request.headers.get(OWNER_HEADER), caller, authSecret(env))) {
    throw new AppError('owner_mismatch', 'This change was made for another bag; it was not applied');
  }
  const ensured = await ensureCallerCart(ctx);
  const scope = options.checkout ? `checkout:${ensured.scope}` : ensured.scope;
  const context = cartContextOf(ctx);
  const address = clientAddress(request.headers, env);
  const cart: Omit<CallerCart, 'expectedVersion'> = {
    id: ensured.cartId,
    now,
    context,
    address,
    answer: async (tx, told) => {
      // What this change has to tell (e.g. a new pickup store lacks stock) joins the stored notices.
      const read = await readCart(tx, ensured.cartId, context);
      const notices = [...(read.notices ?? []), ...(told ?? [])];
      return { status: 200, body: notices.length ? { ...read, notices } : read };
    },
  };
  const dropIfCreated = async (tx: Db) => ensured.created && (await dropUntouchedCart(tx, ensured.cartId));
  let result: StoredResult;
  try {
    // A retry of a checkout already seen (its answer lost, or still running) is not a new attempt.
    if (options.checkout && !(await idempotencyKeyKnown(db, scope, key!))) {
      const perAddress = env.AISLE_CHECKOUT_LIMIT_PER_ADDRESS;
      await limitCheckout(db, { scope: ensured.scope, address, perAddress, now });
    }
    const fingerprint = requestFingerprint(request.method, new URL(request.url).pathname, ctx.body);
    result = await runIdempotent(db, { scope, key, fingerprint, now, forgetRefusal: dropIfCreated }, (tx) =>
      // Read in the transaction, as before: a malformed If-Match is a refusal stored for the key.
      work(tx, { ...cart, expectedVersion: options.checkout ? undefined : expectedVersion(request.headers) }),
    );
  } catch (error) {
    await dropIfCreated(db);
    throw error;
  }
  let cookie = ensured.cookie;
  if (result.status >= 400 && ensured.created) {
    await dropUntouchedCart(db, ensured.cartId);
    cookie = { ...cookie, set: undefined };
  }
  const response = Response.json(result.body, { status: result.status });
  const body = result.body as Cart;
  if (result.status === 200 && body.id) response.headers.set('etag', cartEtag(body));
  return applyCookie(response, cookie, env);
}
