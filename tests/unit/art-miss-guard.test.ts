import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artMissGuard } from '@/server/art-miss-guard.mjs';

let server: Server;
let port: number;
let clock = 0;
let handedOn = 0;

beforeAll(async () => {
  // As npm start's server wires it: the client's address, then Next (here: art exists only for "real").
  const guard = artMissGuard({ misses: 3, windowMs: 60_000, now: () => clock });
  server = createServer((req, res) => {
    const address = String(req.headers['x-client'] ?? 'a');
    if (guard.handle(req, res, address)) return;
    handedOn++;
    res.statusCode = req.url?.includes('/real/') ? 200 : 404;
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function get(path: string, client = 'a'): Promise<{ status: number; retryAfter?: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { 'x-client': client } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, retryAfter: res.headers['retry-after'] as string }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe("npm start's guard against loops of made-up product art", () => {
  it('answers a client whose art requests keep missing with a 429 before Next, until its window ends', async () => {
    for (const colour of ['000001', '000002', '000003']) {
      expect((await get(`/media/art/puffer/${colour}/front.png`)).status).toBe(404);
    }
    const before = handedOn;
    const refused = await get('/media/art/puffer/000004/front.png');
    expect(refused).toMatchObject({ status: 429, retryAfter: '60' });
    expect((await get('/media/art/real/abcdef/front.png')).status).toBe(429);
    expect(handedOn).toBe(before);
    // Pages, another client and the next window are untouched.
    expect((await get('/p/heavy-canvas-tote')).status).toBe(404);
    expect((await get('/media/art/real/abcdef/front.png', 'b')).status).toBe(200);
    clock += 60_000;
    expect((await get('/media/art/real/abcdef/front.png')).status).toBe(200);
  });

  it('never counts art that exists', async () => {
    for (let i = 0; i < 10; i++) expect((await get('/media/art/real/abcdef/front.png', 'c')).status).toBe(200);
  });
});
