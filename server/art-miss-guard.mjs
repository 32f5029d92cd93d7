// @ts-check
/**
 * A shopper's browser never asks for product art that does not exist: only the shop's own pages
 * link it. A client whose art requests keep missing (a loop of made-up colours) is answered here,
 * before Next, with a tiny 429 until its window ends, so its loop costs next to nothing and the
 * pages other shoppers load keep their speed. Per process and per client address, bounded.
 */
const ART = /^\/media\/art\//;

/**
 * @param {{ misses?: number, windowMs?: number, maxClients?: number, now?: () => number }} [opts]
 */
export function artMissGuard(opts = {}) {
  const limit = opts.misses ?? 20;
  const windowMs = opts.windowMs ?? 60_000;
  const maxClients = opts.maxClients ?? 10_000;
  const now = opts.now ?? Date.now;
  /** @type {Map<string, { count: number, since: number }>} */
  const clients = new Map();

  /** @param {string} address */
  const entry = (address) => {
    const seen = clients.get(address);
    if (seen && now() - seen.since < windowMs) return seen;
    if (seen) clients.delete(address);
    return null;
  };

  return {
    /**
     * Answers (and returns true) when this client has missed too often; otherwise notes the answer.
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     * @param {string} address
     */
    handle(req, res, address) {
      if (!ART.test(req.url ?? '')) return false;
      const seen = entry(address);
      if (seen && seen.count >= limit) {
        const retryAfter = Math.max(1, Math.ceil((seen.since + windowMs - now()) / 1000));
        res.writeHead(429, {
          'content-type': 'text/plain; charset=utf-8',
          'retry-after': String(retryAfter),
          'cache-control': 'no-store',
          'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'DENY',
        });
        res.end('Too many requests for images that do not exist\n');
        return true;
      }
      res.once('finish', () => {
        if (res.statusCode !== 404) return;
        const current = entry(address);
        if (current) current.count++;
        else {
          // The oldest client goes first when the table is full: memory stays bounded.
          if (clients.size >= maxClients) clients.delete(clients.keys().next().value ?? '');
          clients.set(address, { count: 1, since: now() });
        }
      });
      return false;
    },
  };
}
