import 'server-only';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { authSecret, readEnv, secureCookies, type Env } from '@/lib/env';
import { readCookie } from '@/lib/http/read-cookie';

/**
 * A phone sign-in is asked for by someone with no account yet, so the browser that asked is the
 * requester: the code it is sent can be tried only from that browser, and a stranger's guesses
 * and sends count against a challenge (and limits) of their own.
 */
const MAX_AGE_SECONDS = 24 * 60 * 60;
const TOKEN = /^[A-Za-z0-9_-]{22,64}$/;

function cookieName(env: Env): string {
  return secureCookies(env) ? '__Host-aisle-phone' : 'aisle-phone';
}

function readToken(request: Request, env: Env): string | null {
  const value = readCookie(request.headers, cookieName(env));
  return value && TOKEN.test(value) ? value : null;
}

/** Only a digest is stored with the challenge: the table does not hold a usable cookie. */
const requesterOf = (token: string) => `browser:${createHash('sha256').update(token).digest('hex').slice(0, 32)}`;

/** Who asked for a sign-in code, or '' for a browser that never asked (it holds no live code). */
export function signInRequester(request: Request, env: Env = readEnv()): string {
  const token = readToken(request, env);
  return token ? requesterOf(token) : '';
}

/** The requester for a new sign-in code, and the cookie that names it (kept if it was already set). */
export function issueSignInRequester(request: Request, env: Env): { requester: string; setCookie: string } {
  const token = readToken(request, env) ?? randomBytes(18).toString('base64url');
  const secure = secureCookies(env) ? '; Secure' : '';
  return {
    requester: requesterOf(token),
    setCookie: `${cookieName(env)}=${token}; Max-Age=${MAX_AGE_SECONDS}; Path=/; HttpOnly; SameSite=Lax${secure}`,
  };
}

/**
 * A browser that has signed in with a phone is known to hold it: a keyed mark of the phone (no
 * stranger can make one) lets its later code requests pass the per-phone ceilings, so someone
 * filling those ceilings from many addresses cannot keep the owner from their codes.
 */
const KNOWN_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

function knownCookieName(env: Env): string {
  return secureCookies(env) ? '__Host-aisle-phone-known' : 'aisle-phone-known';
}

function knownMark(phone: string, env: Env): string {
  return createHmac('sha256', authSecret(env)).update(`known-phone\n${phone}`).digest('base64url');
}

/** The cookie that marks this browser as the phone's owner, set on a successful phone sign-in. */
export function knownPhoneCookie(phone: string, env: Env): string {
  const secure = secureCookies(env) ? '; Secure' : '';
  return `${knownCookieName(env)}=${knownMark(phone, env)}; Max-Age=${KNOWN_MAX_AGE_SECONDS}; Path=/; HttpOnly; SameSite=Lax${secure}`;
}

/** Whether the request comes from a browser that has signed in with this phone before. */
export function isKnownPhone(request: Request, phone: string, env: Env): boolean {
  const expected = Buffer.from(knownMark(phone, env));
  const given = Buffer.from(readCookie(request.headers, knownCookieName(env)) ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
