import 'server-only';
import { secureCookies, type Env } from '@/lib/env';
import { readCookie } from '@/lib/http/read-cookie';

/**
 * The staff session cookie: its own name (never the shopper's), HttpOnly, SameSite=Strict (a
 * link from elsewhere never arrives signed in to the console), `__Host-` and Secure over HTTPS.
 */
export function staffCookieName(env: Env): string {
  return secureCookies(env) ? '__Host-aisle-staff' : 'aisle-staff';
}

function attributes(env: Env): string {
  return `Path=/; HttpOnly; SameSite=Strict${secureCookies(env) ? '; Secure' : ''}`;
}

/** Only tokens of the shape we issue are looked up. */
export function readStaffToken(headers: Headers, env: Env): string | null {
  const token = readCookie(headers, staffCookieName(env));
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
}

/** A session cookie: no Max-Age, so it ends with the browser too; the server ends it sooner. */
export function staffCookie(env: Env, token: string): string {
  return `${staffCookieName(env)}=${token}; ${attributes(env)}`;
}

export function clearStaffCookie(env: Env): string {
  return `${staffCookieName(env)}=; Max-Age=0; ${attributes(env)}`;
}
