import 'server-only';
import type { SessionUser } from '@/lib/auth/schema';
import { getSessionUser } from '@/lib/auth/session';
import { readGuestToken } from '@/lib/cart/guest-cookie';
import type { Db } from '@/lib/db';
import type { Env } from '@/lib/env';
import { AppError } from './errors';
import type { Auth } from './operation';

/** A shopper: the signed-in user, and the guest cart token the browser holds, either or both. */
export type Caller = { user: SessionUser | null; guestToken: string | null };

export type CallerFor<A extends Auth> = A extends 'none'
  ? null
  : A extends 'shopper'
    ? Caller
    : Caller & { user: SessionUser };

/** What the route refuses with, when the caller does not qualify; phrased for the route. */
export type AuthSpec<A extends Auth> = { auth: A; signIn?: string };

export async function resolveCaller<A extends Auth>(
  spec: AuthSpec<A>,
  request: { db: Db | undefined; headers: Headers; env: Env; now: Date },
): Promise<CallerFor<A>> {
  const { auth } = spec;
  if (auth === 'none') return null as CallerFor<A>;
  if (auth.startsWith('key:')) {
    throw new AppError('unauthorized', 'This route takes an API key, and API keys are not issued yet');
  }
  // Fails closed: a route that declared `db: false` cannot look anyone up, so admits no one.
  if (!request.db) throw new Error(`A route with auth '${auth}' needs the database`);
  const caller: Caller = {
    user: await getSessionUser(request.db, request.now),
    guestToken: readGuestToken(request.headers, request.env),
  };
  if (auth === 'shopper') return caller as CallerFor<A>;
  const user = signedIn(caller, spec.signIn);
  if (auth.startsWith('staff:')) throw new AppError('forbidden', 'This route is for store staff');
  return { ...caller, user } as CallerFor<A>;
}

/**
 * The signed-in user, or 401: for a route whose `auth` depends on the request, where the
 * caller's type cannot say which it was.
 */
export function signedIn(caller: Caller | null, message = 'Sign in first'): SessionUser {
  if (!caller?.user) throw new AppError('unauthorized', message);
  return caller.user;
}
