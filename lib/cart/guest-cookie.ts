import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { secureCookies, type Env } from '@/lib/env';
import { readCookie } from '@/lib/http/read-cookie';

/** How long a guest's cart cookie lasts; a guest cart untouched for longer can no longer be reached. */
export const GUEST_CART_TTL_SECONDS = 60 * 24 * 60 * 60;

/** 256 random bits: a guest cart cannot be found by guessing. */
export function newGuestToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only tokens of the shape we issue are looked up. */
export function isGuestToken(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** What is stored of a guest's token: its SHA-256, so the database holds nothing a cookie could be made from. */
export function hashGuestToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

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
