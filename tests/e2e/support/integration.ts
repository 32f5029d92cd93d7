import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { APIRequestContext } from '@playwright/test';
import { Webhook } from 'standardwebhooks';
import { E2E_API_KEY_FILE } from '../../../playwright.config';
import { freePort } from '../../support/free-port';

/** The test server's integration key (playwright.config.ts makes it with keys:create). */
export function e2eApiKey(): string {
  return readFileSync(E2E_API_KEY_FILE, 'utf8').trim();
}

/** Calls an integration route as the retailer's systems do: JSON with the Bearer key. */
export function integration(request: APIRequestContext) {
  const headers = { authorization: `Bearer ${e2eApiKey()}` };
  return {
    put: (path: string, data: unknown) => request.put(path, { data, headers }),
    post: (path: string, data: unknown) => request.post(path, { data, headers }),
    get: (path: string) => request.get(path, { headers }),
  };
}

export type Delivery = { id: string; type: string; data: Record<string, unknown> };

/**
 * A retailer's webhook endpoint on 127.0.0.1: every delivery is verified with the
 * `standardwebhooks` package (a forged or stale one is answered 400 and not kept).
 */
export async function webhookReceiver() {
  const port = await freePort();
  const verified: Delivery[] = [];
  let webhook: Webhook | null = null;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        const body = Buffer.concat(chunks).toString('utf8');
        const event = webhook!.verify(body, flatHeaders(req.headers)) as Omit<Delivery, 'id'>;
        verified.push({ id: String(req.headers['webhook-id']), type: event.type, data: event.data });
        res.writeHead(204).end();
      } catch {
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/aisle-events`,
    /** The subscription's `whsec_…` secret, once the shop has answered it. */
    trust(secret: string) {
      webhook = new Webhook(secret);
    },
    verified,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
}
