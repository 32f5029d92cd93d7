import 'server-only';
import { getSessionUser } from '@/lib/auth/session';
import type { Db } from '@/lib/db';
import { authSecret, readEnv, secureCookies as isSecure } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import { parseIdempotencyKey, requestFingerprint, runIdempotent } from '@/lib/idempotency/run-idempotent';
import { LOCATION_HEADER, parsePoint, regionFromHeaders } from '@/lib/offers/place';
import { cartEtag } from './etag';
import { GUEST_CART_TTL_SECONDS, isGuestToken } from './owner';
import { OWNER_HEADER, ownerMatches } from './owner-tag';
import { readCart, type CartContext } from './read-cart';
import type { Cart, CartNotice } from './schema';
import { ensureCallerCart, onCallerCart, type Caller, type CookieChange } from './service';

const secureCookies = () => isSecure(readEnv());

/** `__Host-` (Secure, no Domain, Path=/) wherever the site is served over HTTPS. */
export function guestCookieName(): string {
  return secureCookies() ? '__Host-aisle-cart' : 'aisle-cart';
}

function readCookie(request: Request, name: string): string | null {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k !== name) continue;
    try {
      return decodeURIComponent(v.join('='));
    } catch {
      return null; // Malformed percent-encoding: no usable token, as if there were none.
    }
  }
  return null;
}

export { cartEtag };

export async function callerFrom(db: Db, request: Request): Promise<Caller> {
  const token = readCookie(request, guestCookieName());
  return {
    user: await getSessionUser(db),
    guestToken: isGuestToken(token) ? token : null,
  };
}

export function applyCookie(response: Response, change: CookieChange): Response {
  const attrs = `Path=/; HttpOnly; SameSite=Lax${secureCookies() ? '; Secure' : ''}`;
  if (change.set) {
    response.headers.append(
      'set-cookie',
      `${guestCookieName()}=${change.set}; Max-Age=${GUEST_CART_TTL_SECONDS}; ${attrs}`,
    );
  } else if (change.clear) {
    response.headers.append('set-cookie', `${guestCookieName()}=; Max-Age=0; ${attrs}`);
  }
  return response;
}

/** What the cart's offers depend on from this request: the allowed position and the CDN's region. */
export function cartContextFrom(request: Request): CartContext {
  const point = parsePoint(request.headers.get(LOCATION_HEADER));
  const region = regionFromHeaders(request.headers, readEnv());
  return { ...(point ? { point } : {}), ...(region ? { region } : {}) };
}

/** `If-Match: "<cartId>.<version>.<offers>"` (the ETag) or a bare version number. */
function expectedVersion(request: Request): number | undefined {
  const header = request.headers.get('if-match');
  if (!header) return undefined;
  const match = /^(?:W\/)?"?(?:[^".]*\.)?(\d+)(?:\.[0-9a-z]+)?"?$/.exec(header.trim());
  if (!match)
    throw new AppError('invalid_request', 'If-Match must be the cart ETag', { 'If-Match': ['Not a cart ETag'] });
  return Number(match[1]);
}

/**
 * Runs one cart mutation for the caller: finds or creates their cart, honours
 * Idempotency-Key and If-Match, and answers with the cart (and any cookie change).
 */
export async function mutateCallerCart(
  db: Db,
  request: Request,
  body: unknown,
  /** Does its reads and writes through `tx`: the change and its stored answer commit together. */
  mutate: (tx: Db, cartId: string, opts: { expectedVersion?: number; now: Date }) => Promise<CartNotice[] | void>,
): Promise<Response> {
  const now = new Date();
  const key = parseIdempotencyKey(request.headers.get('idempotency-key'));
  const caller = await callerFrom(db, request);
  if (!ownerMatches(request.headers.get(OWNER_HEADER), caller, authSecret(readEnv()))) {
    throw new AppError('owner_mismatch', 'This change was made for another bag; it was not applied');
  }
  const ensured = await ensureCallerCart(db, caller, now);
  const { cartId, scope } = ensured;
  const url = new URL(request.url);
  const { result, cookie } = await onCallerCart(db, ensured, (forgetRefusal) =>
    runIdempotent(
      db,
      { scope, key, fingerprint: requestFingerprint(request.method, url.pathname, body), now, forgetRefusal },
      async (tx) => {
        // What this change has to tell (e.g. a new pickup store lacks stock) joins the stored notices.
        const told = (await mutate(tx, cartId, { expectedVersion: expectedVersion(request), now })) ?? [];
        const cart = await readCart(tx, cartId, cartContextFrom(request));
        const notices = [...(cart.notices ?? []), ...told];
        return { status: 200, body: notices.length ? { ...cart, notices } : cart };
      },
    ),
  );
  const response = Response.json(result.body, { status: result.status });
  const cart = result.body as Cart;
  if (result.status === 200 && cart.id) response.headers.set('etag', cartEtag(cart));
  return applyCookie(response, cookie);
}
