import 'server-only';
import { requestLocale } from '@/lib/i18n/request-locale';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { authSecret } from '@/lib/env';
import type { Db } from '@/lib/db';
import { cartViewEpochSql } from '@/lib/db/epoch-cache';
import { inTransaction } from '@/lib/db/in-transaction';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { newId } from '@/lib/ids';
import { marketOrBase, type MarketCode } from '@/lib/markets/markets';
import { AppError } from '@/lib/http/errors';
import { clientAddress } from '@/lib/http/client-address';
import type { RequestContext } from '@/lib/http/route';
import {
  KEY_REFUSALS,
  parseIdempotencyKey,
  requestFingerprint,
  runIdempotentIn,
  storeRefusal,
  type StoredResult,
} from '@/lib/idempotency/run-idempotent';
import { LOCATION_HEADER, parsePoint, regionFromHeaders } from '@/lib/offers/place';
import { limitCheckout } from '@/lib/orders/checkout-limits';
import { contextMarket } from '@/lib/markets/request-market';
import { cartContextDigest, cartEtag, parseCartViewEtag } from './etag';
import { applyCookie, newGuestToken, type CookieChange } from './guest-cookie';
import { mergeGuestCart } from './merge-guest-cart';
import { createCart, findCartId, ownerWhere, type CartOwner } from './find-cart';
import { OWNER_HEADER, ownerMatches } from './owner-tag';
import { emptyCart, readCart, type CartContext } from './read-cart';
import type { Cart, CartNotice } from './schema';

/** A shopper's request: the route declared `auth: 'shopper'` (or stricter). */
export type ShopperContext = RequestContext<'shopper'> & { body?: unknown };

/** The caller's cart, as a write's work sees it: its id and market, the change's clock and If-Match. */
export type CallerCart = {
  id: string;
  /** The bag's market (carts.market), read with its id. */
  market: MarketCode;
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
export function cartContextOf(ctx: RequestContext): CartContext {
  const point = parsePoint(ctx.request.headers.get(LOCATION_HEADER));
  const region = regionFromHeaders(ctx.request.headers, ctx.env);
  return { ...(point ? { point } : {}), ...(region ? { region } : {}), locale: requestLocale(ctx.request.headers) };
}

/** `If-Match`: the cart's ETag (`"<cartId>.<version>…"`, any later parts) or a bare version number. */
function expectedVersion(headers: Headers): number | undefined {
  const header = headers.get('if-match');
  if (!header) return undefined;
  const match = /^(?:W\/)?"?(?:[^".]*\.)?(\d+)(?:\.[0-9a-z]+)*"?$/.exec(header.trim());
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

/** Whose cart the request is about: the account, else the guest cookie's; null for a guest without one. */
function ownerOf(caller: ShopperContext['caller']): CartOwner | null {
  if (caller.user) return { userId: caller.user.id };
  return caller.guestToken ? { guestToken: caller.guestToken } : null;
}

/** The idempotency scope of a cart's writes: the account's, else the guest cart's. */
const scopeOf = (owner: CartOwner | null, cartId: string) =>
  owner && 'userId' in owner ? `user:${owner.userId}` : `cart:${cartId}`;

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
  const owner = ownerOf(ctx.caller);
  const cartId = owner ? await findCartId(ctx.db, owner) : null;
  // No bag yet: an empty one in the request's market, so a client shows the currency it will be in.
  const cart = cartId
    ? await readCart(ctx.db, cartId, { ...cartContextOf(ctx), now: ctx.now })
    : emptyCart(await contextMarket(ctx));
  return { cart, cookie };
}

const viewRow = z.object({ id: z.string(), version: sqlNumber, epoch: sqlNumber });

/**
 * Whether the caller's cart is still the view `ifNoneMatch` names (cartViewEtag): one indexed read
 * of the owner's cart id and version and the catalog epoch, and the request's place and language;
 * no offer engine. False for any other tag, or once its time is up.
 */
export async function callerCartUnchanged(ctx: ShopperContext, ifNoneMatch: string | null): Promise<boolean> {
  const tag = parseCartViewEtag(ifNoneMatch);
  const owner = ownerOf(ctx.caller);
  if (!tag || !owner || tag.until <= ctx.now.getTime()) return false;
  // A signed-in caller with a guest cookie still has a merge to make: the full read does it.
  if (ctx.caller.user && ctx.caller.guestToken) return false;
  if (tag.context !== cartContextDigest(cartContextOf(ctx))) return false;
  const [row] = rowsOf(
    viewRow,
    await ctx.db.execute(sql`SELECT carts.id, carts.version, ${cartViewEpochSql} AS epoch FROM carts
      WHERE ${ownerWhere(owner)} LIMIT 1`),
  );
  return (
    row !== undefined && row.id === tag.id && Number(row.version) === tag.version && Number(row.epoch) === tag.epoch
  );
}

const foundRow = z.object({ id: z.string(), market: z.string(), key_known: z.boolean() });

/**
 * The owner's cart id and market, and (`checkoutKey`) whether that checkout's key was seen
 * already: one indexed read.
 */
async function findOwnCart(db: Db, owner: CartOwner, checkoutKey?: string) {
  const scope = 'userId' in owner ? sql`${`checkout:user:${owner.userId}`}` : sql`'checkout:cart:' || carts.id`;
  const known = checkoutKey
    ? sql`EXISTS (SELECT 1 FROM idempotency_keys k WHERE k.scope = ${scope} AND k.key = ${checkoutKey})`
    : sql`false`;
  const [row] = rowsOf(
    foundRow,
    await db.execute(
      sql`SELECT carts.id, carts.market, ${known} AS key_known FROM carts WHERE ${ownerWhere(owner)} LIMIT 1`,
    ),
  );
  return row ? { id: row.id, market: marketOrBase(row.market), keyKnown: row.key_known } : null;
}

/**
 * Runs one write on the caller's cart (a cart change or checkout) in one transaction: creates the
 * cart when needed (a guest gets a new cookie token; a new bag is in the request's market),
 * honours Idempotency-Key (scoped to the caller) and If-Match, and answers with what `work`
 * returns, plus the ETag of a cart and any cookie change. `work` does its reads and writes
 * through `tx`: the cart made for it, the change and its stored answer commit together. When the
 * work is refused (thrown, or answered with a 4xx) a cart made for it is not kept and no cookie
 * is set: a refusal leaves nothing behind, not even the key's row.
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
  let cookie = await absorbGuestCart(ctx);
  const owner = ownerOf(caller);
  const found = owner ? await findOwnCart(db, owner, options.checkout ? key : undefined) : null;
  const address = clientAddress(request.headers, env);
  // A bag made in the transaction below: its id, and a guest's new cookie token, are known now. A
  // guest whose cookie names no bag (or one merged into an account) gets a new token.
  const newToken = caller.user || found ? null : newGuestToken();
  const cartId = found?.id ?? newId('crt');
  const ownerOfNew: CartOwner = caller.user ? { userId: caller.user.id } : { guestToken: newToken ?? '' };
  const baseScope = scopeOf(owner, cartId);
  const scope = options.checkout ? `checkout:${baseScope}` : baseScope;
  // A retry of a checkout already seen (its answer lost, or still running) is not a new attempt.
  // Counted outside the transaction: a refused attempt still counts.
  if (options.checkout && !found?.keyKnown) {
    await limitCheckout(db, { scope: baseScope, address, perAddress: env.AISLE_CHECKOUT_LIMIT_PER_ADDRESS, now });
  }
  // A new bag's market (the account's, the cookie's, the CDN's country's…), looked up before the
  // transaction: its reads are not the transaction's.
  const newMarket = found ? null : await contextMarket(ctx);
  const context = cartContextOf(ctx);
  const fingerprint = requestFingerprint(request.method, new URL(request.url).pathname, ctx.body);
  const keyed = { scope, key, fingerprint, now };
  let created = false;
  let result: StoredResult;
  try {
    result = await inTransaction(db, async (tx) => {
      let cart = found ? { id: found.id, market: found.market } : null;
      if (!cart) {
        cart = await createCart(tx, ownerOfNew, cartId, now, newMarket!);
        created = cart.id === cartId;
      }
      const id = cart.id;
      const callerCart: CallerCart = {
        id,
        market: cart.market,
        now,
        context,
        address,
        answer: async (t, told) => {
          // What this change has to tell (e.g. a new pickup store lacks stock) joins the stored notices.
          const read = await readCart(t, id, context);
          const notices = [...(read.notices ?? []), ...(told ?? [])];
          return { status: 200, body: notices.length ? { ...read, notices } : read };
        },
      };
      return runIdempotentIn(tx, keyed, (t) =>
        // Read in the transaction, as before: a malformed If-Match is a refusal stored for the key.
        work(t, { ...callerCart, expectedVersion: options.checkout ? undefined : expectedVersion(request.headers) }),
      );
    });
  } catch (error) {
    // A refusal is the answer to this request: stored for its key, unless the bag it was scoped to
    // was made for it (rolled back with it: no one can replay the key).
    if (!key || created || !(error instanceof AppError) || error.status >= 500 || KEY_REFUSALS.includes(error.code))
      throw error;
    result = await storeRefusal(db, { ...keyed, key }, error);
  }
  if (created && result.status < 400 && newToken) cookie = { ...cookie, set: newToken };
  if (result.status >= 400 && created) await dropUntouchedCart(db, cartId);
  const response = Response.json(result.body, { status: result.status });
  const body = result.body as Cart;
  if (result.status === 200 && body.id) response.headers.set('etag', cartEtag(body));
  return applyCookie(response, cookie, env);
}
