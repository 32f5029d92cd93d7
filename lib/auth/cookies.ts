import 'server-only';
import { secureCookies, type Env } from '@/lib/env';

/** next-auth's session cookie: `__Host-` wherever the site is served over HTTPS. */
export function sessionCookieName(env: Env): string {
  return secureCookies(env) ? '__Host-aisle.session' : 'aisle.session';
}

/** A Set-Cookie that ends the session cookie in this browser. */
export function clearSessionCookie(env: Env): string {
  return `${sessionCookieName(env)}=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax${secureCookies(env) ? '; Secure' : ''}`;
}
