import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refuseForbiddenMethod } from '@/server/forbidden-methods.mjs';

let server: Server;
let port: number;

beforeAll(async () => {
  // As a server in front of Next wires it: refused here, everything else handed on.
  server = createServer((req, res) => {
    if (refuseForbiddenMethod(req, res)) return;
    res.end('handed on');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function send(
  method: string,
  path: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('methods Next cannot take (TRACE; Node itself refuses TRACK, CONNECT is not a request)', () => {
  it('are a 405 with Allow and the security headers: JSON under /api, text elsewhere', async () => {
    for (const [method, path] of [
      ['TRACE', '/api/health'],
      ['TRACE', '/api/products?x=1'],
      ['TRACE', '/api'],
    ]) {
      const r = await send(method!, path!);
      expect(r.status, `${method} ${path}`).toBe(405);
      expect(JSON.parse(r.body)).toEqual({ error: { code: 'method_not_allowed', message: expect.any(String) } });
      expect(r.headers.allow).toContain('GET');
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['x-frame-options']).toBe('DENY');
      expect(r.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    }
    const page = await send('TRACE', '/p/heavy-canvas-tote');
    expect(page.status).toBe(405);
    expect(page.headers['content-type']).toMatch(/^text\/plain/);
  });

  it('leaves every other method to Next', async () => {
    for (const method of ['GET', 'POST', 'DELETE', 'PROPFIND']) {
      expect((await send(method, '/api/health')).body).toBe('handed on');
    }
  });
});
