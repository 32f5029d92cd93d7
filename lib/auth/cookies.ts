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

/**
 * Whether a request's Cookie header holds the session cookie, whole or in next-auth's chunks
 * (`name.0`, `name.1`…): without it there is no one signed in, and nothing to decode.
 */
export function carriesSessionCookie(cookieHeader: string | null, name: string): boolean {
  if (!cookieHeader) return false;
  return cookieHeader.split(';').some((part) => {
    const key = part.split('=', 1)[0]!.trim();
    return key === name || (key.startsWith(`${name}.`) && /^\d+$/.test(key.slice(name.length + 1)));
  });
}
