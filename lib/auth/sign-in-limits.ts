import 'server-only';
import type { Db } from '@/lib/db';
import { CACHE, clientAddress } from '@/lib/http/route';
import { signInRequester } from '@/lib/phone/requester';
import { hitRateLimit } from '@/lib/security/rate-limit';
import { passwordCredentials, phoneCredentials } from './credentials';

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_LIMIT_PER_EMAIL = 10;
export const SIGN_IN_LIMIT_PER_PHONE = 10;
export const SIGN_IN_LIMIT_PER_ADDRESS = 100;

/**
 * Counts a sign-in attempt (password or phone code) before next-auth sees it: per address, and
 * per e-mail or phone as the provider will read it from this very form (lib/auth/sign-in-form.ts
 * makes sure next-auth gets nothing else). Past a limit the answer is 429 with Retry-After; its
 * body also carries the `url` next-auth's client reads, so the form says "too many attempts".
 */
export async function limitSignIn(
  db: Db,
  attempt: { request: Request; provider: string | undefined; form: URLSearchParams },
  now: Date,
): Promise<Response | null> {
  const { request, provider, form } = attempt;
  const fields = Object.fromEntries(form);
  const hits = [{ key: `sign-in:ip:${clientAddress(request)}`, limit: SIGN_IN_LIMIT_PER_ADDRESS }];
  // An input the provider refuses unread (not an e-mail, not a number) is counted per address only.
  const email = provider === 'password' ? passwordCredentials(fields)?.email : undefined;
  if (email) hits.push({ key: `sign-in:email:${email}`, limit: SIGN_IN_LIMIT_PER_EMAIL });
  const phone = provider === 'phone' ? phoneCredentials(fields)?.phone : undefined;
  // Per phone and the browser that asked for its code: a stranger's tries spend their own budget,
  // never the owner's (a code can only be used from the browser it was sent for anyway).
  if (phone) {
    hits.push({ key: `sign-in:phone:${phone}:${signInRequester(request)}`, limit: SIGN_IN_LIMIT_PER_PHONE });
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
