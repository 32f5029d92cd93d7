import { createServer, type IncomingHttpHeaders } from 'node:http';
import { Webhook } from 'standardwebhooks';
import { freePort } from './free-port';

/** One request the receiver got: its headers, raw body, and what `standardwebhooks` made of it. */
export type Received = {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The payload when the signature verified, else null (and `error` says why). */
  verified: unknown;
  error: string | null;
};

/**
 * A retailer's endpoint on a free loopback port: it verifies every request with the
 * `standardwebhooks` package, as an integrator would, keeps what it got, and answers with what
 * `respond` says (200 by default; a status, or 'hang' for no answer at all).
 */
export async function startWebhookReceiver(options: {
  /** The secret of the webhook a request path belongs to. */
  secret: (path: string) => string;
  respond?: (request: Received, nth: number) => number | 'hang' | { status: number; location: string };
}) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let verified: unknown = null;
      let error: string | null = null;
      try {
        verified = new Webhook(options.secret(req.url ?? '/')).verify(body, req.headers as Record<string, string>);
      } catch (e) {
        error = (e as Error).message;
      }
      const entry: Received = { path: req.url ?? '/', headers: req.headers, body, verified, error };
      received.push(entry);
      const answer = options.respond?.(entry, received.length) ?? 200;
      if (answer === 'hang') return;
      if (typeof answer === 'object') {
        res.writeHead(answer.status, { location: answer.location }).end();
        return;
      }
      res.writeHead(answer, { 'content-type': 'text/plain' }).end(answer < 300 ? 'ok' : 'no');
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
