import 'server-only';
import type { SessionUser } from '@/lib/auth/schema';
import { getSessionUser } from '@/lib/auth/session';
import { readGuestToken } from '@/lib/cart/guest-cookie';
import type { Db } from '@/lib/db';
import type { Env } from '@/lib/env';
import { authenticateApiKey, type ApiKeyCaller } from '@/lib/integrations/api-keys';
import type { KeyScope } from '@/lib/integrations/scopes';
import { assertWithinLimit } from '@/lib/security/assert-within-limit';
import { roleAtLeast, type StaffCaller } from '@/lib/staff/caller';
import { readStaffToken } from '@/lib/staff/cookie';
import { resolveStaffSession } from '@/lib/staff/sessions';
import { AppError } from './errors';
import type { Auth, StaffRole } from './operation';

/** A shopper: the signed-in user, and the guest cart token the browser holds, either or both. */
export type Caller = { user: SessionUser | null; guestToken: string | null };

/** An integration: the API key it called with. */
export type KeyCaller = { key: ApiKeyCaller };

/** Store staff: the member signed in to the console. */
export type StaffCallerOf = { staff: StaffCaller };

export type CallerFor<A extends Auth> = A extends 'none'
  ? null
  : A extends `key:${string}`
    ? KeyCaller
    : A extends `staff:${string}`
      ? StaffCallerOf
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
  // Fails closed: a route that declared `db: false` cannot look anyone up, so admits no one.
  if (!request.db) throw new Error(`A route with auth '${auth}' needs the database`);
  const bearer = bearerToken(request.headers);
  if (auth.startsWith('key:')) {
    return { key: await admitKey(request.db, bearer, auth.slice(4) as KeyScope, request) } as CallerFor<A>;
  }
  // A key speaks for the retailer's systems, never for a shopper: refused rather than ignored,
  // so an integration that calls a shopper route learns so at once.
  if (bearer !== null) throw new AppError('api_key_not_accepted', 'API keys are for /api/integrations routes only');
  if (auth.startsWith('staff:')) return { staff: await admitStaff(request, auth.slice(6)) } as CallerFor<A>;
  const caller: Caller = {
    user: await getSessionUser(request.db, request.now, { headers: request.headers }),
    guestToken: readGuestToken(request.headers, request.env),
  };
  if (auth === 'shopper') return caller as CallerFor<A>;
  const user = signedIn(caller, spec.signIn);
  return { ...caller, user } as CallerFor<A>;
}

/**
 * The staff member of the staff session cookie (only that: a shopper's session is no staff
 * session), of at least the role: else 401 (no live session), 403 `totp_enrolment_required` (an
 * admin who has not enrolled TOTP, on any route but enrolment) or 403 (a lower role).
 */
async function admitStaff(
  request: { db: Db | undefined; headers: Headers; env: Env; now: Date },
  needed: string,
): Promise<StaffCaller> {
  const token = readStaffToken(request.headers, request.env);
  const staff = token ? await resolveStaffSession(request.db!, token, request.now, request.env) : null;
  if (!staff) throw new AppError('unauthorized', 'Sign in to the staff console');
  if (needed === 'enrolling') return staff;
  if (staff.role === 'admin' && !staff.totpEnrolled) {
    throw new AppError('totp_enrolment_required', 'Enrol an authenticator app before anything else');
  }
  if (!roleAtLeast(staff.role, needed as StaffRole)) {
    throw new AppError('forbidden', `This needs the ${needed} role`);
  }
  return staff;
}

/**
 * The signed-in user, or 401: for a route whose `auth` depends on the request, where the
 * caller's type cannot say which it was.
 */
export function signedIn(caller: Caller | null, message = 'Sign in first'): SessionUser {
  if (!caller?.user) throw new AppError('unauthorized', message);
  return caller.user;
}

/**
 * The credentials of `Authorization: Bearer …`, or null when there are none (another scheme,
 * such as the Basic auth of a staging site's proxy, is not ours to read).
 */
function bearerToken(headers: Headers): string | null {
  const match = /^\s*Bearer\s+(\S*)\s*$/i.exec(headers.get('authorization') ?? '');
  return match ? match[1]! : null;
}

const CHALLENGE = { 'www-authenticate': 'Bearer realm="aisle"' };

/**
 * The integration's key, live and holding `scope`, within its request budget: else 401 (no key,
 * or not one of ours), 403 (a key without the scope) or 429. Nothing is looked up from cookies.
 */
async function admitKey(
  db: Db,
  bearer: string | null,
  scope: KeyScope,
  request: { env: Env; now: Date },
): Promise<ApiKeyCaller> {
  if (!bearer) {
    throw new AppError('unauthorized', 'Send an API key as Authorization: Bearer <key>', { headers: CHALLENGE });
  }
  const key = await authenticateApiKey(db, bearer, request.now);
  if (!key) throw new AppError('invalid_api_key', 'This API key is not valid or was revoked', { headers: CHALLENGE });
  if (!key.scopes.includes(scope)) {
    throw new AppError('insufficient_scope', `This API key lacks the ${scope} scope`, { details: { required: scope } });
  }
  await assertWithinLimit(
    db,
    {
      key: `api-key:${key.id}`,
      limit: request.env.AISLE_API_KEY_REQUESTS_PER_MINUTE,
      windowMs: 60_000,
      now: request.now,
    },
    'This API key has made too many requests; slow down',
  );
  return key;
}
