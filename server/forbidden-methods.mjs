// @ts-check

/**
 * Methods the Fetch standard forbids. Next cannot build a Request for them, so it fails with a bare
 * 500 before proxy.ts or any route runs; only the Node server in front of Next can answer them.
 */
/** @type {ReadonlySet<string>} */
export const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/**
 * For a server that hands requests on to Next: answers a forbidden method with a 405 (the API's
 * JSON error shape under /api) carrying the headers next.config.mjs gives every answer, and says
 * whether it did. `if (refuseForbiddenMethod(req, res)) return;` before Next's handler.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @returns {boolean}
 */
export function refuseForbiddenMethod(req, res) {
  if (!FORBIDDEN_METHODS.has((req.method ?? '').toUpperCase())) return false;
  const allow = 'DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT';
  const api = /^\/api(\/|\?|$)/.test(req.url ?? '');
  const body = api
    ? JSON.stringify({ error: { code: 'method_not_allowed', message: `This address answers ${allow}` } })
    : 'Method not allowed\n';
  res.writeHead(405, {
    allow,
    'content-type': api ? 'application/json' : 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'private, no-store',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
  });
  res.end(body);
  return true;
}
