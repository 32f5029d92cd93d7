import type { ApiMethod } from './api-routes';

/**
 * The actions next-auth serves under /api/auth, as @auth/core parses them (lib/utils/web.js,
 * lib/index.js). Anything else it answers with the bare JSON string "Bad request." and logs as an
 * error, so proxy.ts answers it first, in the API's shape.
 */
const GET_ACTIONS = new Set([
  'providers',
  'session',
  'csrf',
  'signin',
  'signout',
  'callback',
  'verify-request',
  'error',
  'webauthn-options',
]);
const POST_ACTIONS = new Set(['callback', 'session', 'signin', 'signout']);
const WITH_PROVIDER = new Set(['signin', 'callback', 'webauthn-options']);

export type AuthAction = { known: false } | { known: true; methods: readonly ApiMethod[] };

/** `pathname` is the raw path, `/api/auth/callback/password`. */
export function authActionOf(pathname: string): AuthAction {
  const [action, providerId, ...rest] = pathname
    .replace(/^\/api\/auth/, '')
    .split('/')
    .filter(Boolean);
  if (!action || rest.length > 0 || !GET_ACTIONS.has(action)) return { known: false };
  if (providerId !== undefined && !WITH_PROVIDER.has(action)) return { known: false };
  return { known: true, methods: POST_ACTIONS.has(action) ? ['GET', 'POST'] : ['GET'] };
}
