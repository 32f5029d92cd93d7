import 'server-only';
import type { Db } from '@/lib/db';
import { CACHE, clientAddress } from '@/lib/http/route';
import { hitRateLimit } from '@/lib/security/rate-limit';

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_LIMIT_PER_EMAIL = 10;
export const SIGN_IN_LIMIT_PER_ADDRESS = 100;

/**
 * Counts a sign-in attempt (password or phone code) before next-auth sees it: per e-mail and
 * per address. Past a limit the answer is 429 with Retry-After; its body also carries the
 * `url` next-auth's client reads, so the form says "too many attempts".
 */
export async function limitSignIn(db: Db, request: Request, now: Date): Promise<Response | null> {
  const path = new URL(request.url).pathname;
  const provider = /\/callback\/(password|phone)$/.exec(path)?.[1];
  if (!provider || request.method !== 'POST') return null;
  const hits = [{ key: `sign-in:ip:${clientAddress(request)}`, limit: SIGN_IN_LIMIT_PER_ADDRESS }];
  if (provider === 'password') {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const email = String(form?.get('email') ?? '')
      .trim()
      .toLowerCase();
    if (email) hits.push({ key: `sign-in:email:${email}`, limit: SIGN_IN_LIMIT_PER_EMAIL });
  }
  for (const hit of hits) {
    const result = await hitRateLimit(db, { ...hit, windowMs: SIGN_IN_WINDOW_MS, now });
    if (!result.allowed) {
      const url = new URL('/api/auth/error?error=CredentialsSignin&code=rate_limited', request.url).toString();
      return Response.json(
        { url, error: { code: 'rate_limited', message: 'Too many sign-in attempts; try again later' } },
        {
          status: 429,
          headers: { 'retry-after': String(result.retryAfterSeconds), 'cache-control': CACHE.private },
        },
      );
    }
  }
  return null;
}
