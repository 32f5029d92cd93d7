import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { readEnv, secureCookies, type Env } from '@/lib/env';

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
  const wanted = cookieName(env);
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === wanted && value && TOKEN.test(value)) return value;
  }
  return null;
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
