/**
 * Refusals a visitor can cause (a wrong password or code, a missing CSRF token, an unknown
 * action, a callback URL next-auth cannot use): answers, not server faults. They are told apart by Auth.js's `type`, which is a string
 * set on each error class; `error.name` is the class name, which the production build minifies.
 */
const REFUSALS = new Set(['CredentialsSignin', 'MissingCSRF', 'UnknownAction', 'AccessDenied', 'InvalidCallbackUrl']);

/** next-auth's `logger.error`: one line with the reason for a refusal, the whole error otherwise. */
export function logAuthError(error: Error, log: (...args: unknown[]) => void = console.error): void {
  const { type, code } = error as { type?: unknown; code?: unknown };
  if (typeof type === 'string' && REFUSALS.has(type)) {
    log(`[auth] refused: ${type}${typeof code === 'string' ? ` (${code})` : ''}`);
    return;
  }
  log('[auth]', error);
}
