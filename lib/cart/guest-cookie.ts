import 'server-only';
import { secureCookies, type Env } from '@/lib/env';
import { readCookie } from '@/lib/http/read-cookie';
import { GUEST_CART_TTL_SECONDS, isGuestToken } from './owner';

/** What the HTTP layer must do with the guest cookie after the call. */
export type CookieChange = { set?: string; clear?: boolean };

/** `__Host-` (Secure, no Domain, Path=/) wherever the site is served over HTTPS. */
export function guestCookieName(env: Env): string {
  return secureCookies(env) ? '__Host-aisle-cart' : 'aisle-cart';
}

/** The guest cart token the request carries, when it has the shape we issue. */
export function readGuestToken(headers: Headers, env: Env): string | null {
  const token = readCookie(headers, guestCookieName(env));
  return isGuestToken(token) ? token : null;
}

export function applyCookie(response: Response, change: CookieChange, env: Env): Response {
  const attrs = `Path=/; HttpOnly; SameSite=Lax${secureCookies(env) ? '; Secure' : ''}`;
  if (change.set) {
    response.headers.append(
      'set-cookie',
      `${guestCookieName(env)}=${change.set}; Max-Age=${GUEST_CART_TTL_SECONDS}; ${attrs}`,
    );
  } else if (change.clear) {
    response.headers.append('set-cookie', `${guestCookieName(env)}=; Max-Age=0; ${attrs}`);
  }
  return response;
}
