// @ts-check
/**
 * `npm start`: the production build behind a plain Node HTTP server, so that per-address rate
 * limits see the socket's address. Next.js keeps any `X-Forwarded-For` a client sends when no
 * proxy replaces it, and route handlers cannot see the socket; so here, with no trusted proxy
 * (AISLE_TRUSTED_PROXIES=0, the default), every forwarding header a client wrote is dropped and
 * the address header is written afresh from the socket. Behind a load balancer or CDN
 * (AISLE_TRUSTED_PROXIES=1 or more) the headers pass as the proxies wrote them, as with `next start`.
 *
 * Usage: node server/start.mjs [-p port] [-H hostname]   (or PORT; all interfaces unless -H)
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import nextEnv from '@next/env';
import next from 'next';
import { artMissGuard } from './art-miss-guard.mjs';
import { refuseForbiddenMethod } from './forbidden-methods.mjs';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', short: 'p' },
    hostname: { type: 'string', short: 'H' },
    // As `next start --keepAliveTimeout`: above the load balancer's idle timeout, or it gets 502s.
    keepAliveTimeout: { type: 'string' },
  },
  strict: true,
});
const port = Number(args.port ?? process.env.PORT ?? 3000);
// Not $HOSTNAME: shells and containers set it to the machine's name.
const hostname = args.hostname;
// As `next start` does: a production server whatever the shell says.
Object.assign(process.env, { NODE_ENV: 'production' });
const dir = fileURLToPath(new URL('..', import.meta.url));
// The .env files now, as Next would only in prepare(): the proxy settings below must be the ones
// the app will read, or a `.env.production` naming a proxy would leave forged headers in place.
nextEnv.loadEnvConfig(dir, false);

const trustedProxies = Number(process.env.AISLE_TRUSTED_PROXIES || 0);
const addressHeader = (process.env.AISLE_CLIENT_ADDRESS_HEADER || 'x-forwarded-for').trim().toLowerCase();
const fromSocket = trustedProxies === 0;
// Tells lib/http/route.ts (same process) that the address header can be believed.
if (fromSocket) process.env.AISLE_SOCKET_ADDRESS = '1';

/** Headers only a proxy may write: with none in front, whatever a client sent is a forgery. */
const isForwarding = (/** @type {string} */ name) =>
  name.startsWith('x-forwarded-') || name === 'forwarded' || name === 'x-real-ip' || name === addressHeader;

/** Loopback and private ranges: where a proxy in front of this server would connect from. */
const PROXY_LIKE = /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|::1$|f[cd][0-9a-f]{2}:)/i;
let warnedProxy = false;

/** @param {import('node:http').IncomingMessage} req */
function writeSocketAddress(req) {
  const address = (req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:(?=\d+\.)/, '');
  // Forwarding headers from a loopback or private peer look like a proxy in front: with no trusted
  // proxy configured every shopper would then share the proxy's address in the rate limits.
  if (!warnedProxy && req.headers['x-forwarded-for'] && PROXY_LIKE.test(address)) {
    warnedProxy = true;
    console.warn(
      `[server] X-Forwarded-For arrives from ${address}: behind a proxy, set AISLE_TRUSTED_PROXIES (it is 0, so the header is ignored)`,
    );
  }
  for (const name of Object.keys(req.headers)) if (isForwarding(name)) delete req.headers[name];
  req.headers[addressHeader] = address;
  if (addressHeader !== 'x-forwarded-for') req.headers['x-forwarded-for'] = address;
}

// The origin Next takes as its own (its `initURL`): the proxy names it in its rewrites, so that
// Next serves them in-process instead of sending them back here over HTTP (proxy.ts).
process.env.AISLE_SERVER_ORIGIN = `http://${hostname ? (hostname.includes(':') ? `[${hostname}]` : hostname) : 'localhost'}:${port}`;
const app = next({ dev: false, hostname, port, dir });
// Listening before Next is ready, as `next start` does: requests wait rather than being refused,
// and a database slow to answer at start (instrumentation.ts) does not keep the port closed.
const ready = app.prepare().then(() => app.getRequestHandler());
ready.catch((/** @type {unknown} */ error) => {
  console.error('[server] Next.js failed to start', error);
  process.exit(1);
});

// Only with the socket's address: behind proxies, the CDN in front is where to stop such loops.
const artMisses = artMissGuard();

const server = createServer((req, res) => {
  // TRACE and its kin never reach Next, which would fail on them with a bare 500.
  if (refuseForbiddenMethod(req, res)) return;
  if (fromSocket) {
    writeSocketAddress(req);
    if (artMisses.handle(req, res, String(req.headers[addressHeader]))) return;
  }
  ready
    .then((handle) => handle(req, res))
    .catch((/** @type {unknown} */ error) => {
      console.error('[server] request failed', error);
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json', 'cache-control': 'private, no-store' });
      }
      res.end(JSON.stringify({ error: { code: 'internal_error', message: 'Something went wrong on our side' } }));
    });
});

if (args.keepAliveTimeout) server.keepAliveTimeout = Number(args.keepAliveTimeout);

let stopping = false;
/**
 * Like `next start`: stop taking connections, let requests under way finish, close Next (and
 * with it the database), then exit with the signal's code.
 * @param {NodeJS.Signals} signal
 */
function stop(signal) {
  if (stopping) return;
  stopping = true;
  // Idle keep-alive sockets would hold close() open; a request stuck for long must not hold the exit.
  setTimeout(() => process.exit(1), 30_000).unref();
  server.close(() => {
    app
      .close()
      .catch((/** @type {unknown} */ error) => console.error('[server] close failed', error))
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
  server.closeIdleConnections();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));

const listening = () => {
  const mode = fromSocket ? 'client address from the socket' : `${trustedProxies} trusted proxy(ies)`;
  console.info(`[server] listening on http://${hostname ?? 'localhost'}:${port} (${mode})`);
};
if (hostname) server.listen(port, hostname, listening);
else server.listen(port, listening);
