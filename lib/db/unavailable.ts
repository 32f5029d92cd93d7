import 'server-only';

/** Socket failures on the way to the database: refused, reset, unreachable, unresolvable. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL's own: a connection exception (class 08), the server shutting down or starting
 * (57P01-57P03), too many connections (53300), and a statement cancelled by statement_timeout
 * (57014), which is how an overloaded or lock-bound database answers within bounded time.
 */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300', '57014']);

/**
 * node-postgres gives these without any code (pg 8): the pool's or client's connect timeout, a
 * connection cut mid-query, a query that got no answer within query_timeout, and the queries
 * that follow on a connection closed for one of those. Tests pin them against the real driver,
 * so a rewording fails there.
 */
const DRIVER_MESSAGES = new Set([
  'Connection terminated due to connection timeout',
  'Connection terminated unexpectedly',
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'timeout expired',
  'Query read timeout',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
]);

type ErrorLike = { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };

function isUnavailableItself(error: ErrorLike): boolean {
  const code = typeof error.code === 'string' ? error.code : '';
  if (NETWORK_CODES.has(code) || SERVER_CODES.has(code) || code.startsWith('08')) return true;
  return typeof error.message === 'string' && DRIVER_MESSAGES.has(error.message);
}

/**
 * Whether `error` says the database could not be reached or did not answer in time (as opposed
 * to refusing the query): the request may succeed when retried shortly, so it is a 503, not a
 * 500. Looks through the wrappers on the way up: Drizzle's DrizzleQueryError and the pool's
 * timeout error keep the driver's error as `cause`; a connect to several addresses fails with
 * an AggregateError of each.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const next = queue.shift();
    if (!next || typeof next !== 'object' || seen.has(next)) continue;
    seen.add(next);
    const e = next as ErrorLike;
    if (isUnavailableItself(e)) return true;
    queue.push(e.cause);
    if (Array.isArray(e.errors)) queue.push(...(e.errors as unknown[]));
  }
  return false;
}
