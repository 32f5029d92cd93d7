import 'server-only';
import type { Db } from '@/lib/db';
import type { Env } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import { clientAddress, toErrorResponse } from '@/lib/http/route';
import { signInRequester } from '@/lib/phone/requester';
import { assertWithinLimit } from '@/lib/security/assert-within-limit';
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
  ctx: { db: Db; now: Date; env: Env; request: Request },
  attempt: { provider: string | undefined; form: URLSearchParams },
): Promise<Response | null> {
  const { db, now, env, request } = ctx;
  const { provider, form } = attempt;
  const fields = Object.fromEntries(form);
  const hits = [{ key: `sign-in:ip:${clientAddress(request.headers, env)}`, limit: SIGN_IN_LIMIT_PER_ADDRESS }];
  // An input the provider refuses unread (not an e-mail, not a number) is counted per address only.
  const email = provider === 'password' ? passwordCredentials(fields)?.email : undefined;
  if (email) hits.push({ key: `sign-in:email:${email}`, limit: SIGN_IN_LIMIT_PER_EMAIL });
  const phone = provider === 'phone' ? phoneCredentials(fields)?.phone : undefined;
  // Per phone and the browser that asked for its code: a stranger's tries spend their own budget,
  // never the owner's (a code can only be used from the browser it was sent for anyway).
  if (phone) {
    hits.push({ key: `sign-in:phone:${phone}:${signInRequester(request, env)}`, limit: SIGN_IN_LIMIT_PER_PHONE });
  }
  try {
    const counted = hits.map((hit) => ({ ...hit, windowMs: SIGN_IN_WINDOW_MS, now }));
    await assertWithinLimit(db, counted, 'Too many sign-in attempts; try again later');
    return null;
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'rate_limited') throw error;
    const url = new URL('/api/auth/error?error=CredentialsSignin&code=rate_limited', request.url).toString();
    return toErrorResponse(error, { url });
  }
}
