import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { E2E_BASE_URL } from '../../playwright.config';

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/**
 * Sent byte for byte with node:http: fetch and browsers refuse TRACE and may tidy a malformed
 * escape before it leaves, which is exactly what an attacker's client does not do.
 */
function raw(method: string, path: string, headers: Record<string, string> = {}): Promise<Raw> {
  const base = new URL(E2E_BASE_URL);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: base.hostname, port: base.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

function expectProtected(r: Raw, what: string) {
  expect(r.headers['x-content-type-options'], what).toBe('nosniff');
  expect(r.headers['x-frame-options'], what).toBe('DENY');
  expect(String(r.headers['content-security-policy'] ?? ''), what).toMatch(/default-src '(none|self)'/);
}

function expectJsonError(r: Raw, what: string, status: number, code: string) {
  expect(r.status, what).toBe(status);
  expect(r.headers['content-type'], what).toMatch(/^application\/json/);
  const body = JSON.parse(r.body) as { error: { code: string; message: string } };
  expect(body.error, what).toMatchObject({ code, message: expect.any(String) });
  expect(r.headers['content-security-policy'], what).toBe("default-src 'none'; frame-ancestors 'none'");
  expectProtected(r, what);
}

test('hostile API requests get the JSON error shape and the security headers, never a framework 500 or an empty 405', async () => {
  for (const path of ['/api/products/%FF', '/api/products/%ED%A0%80', '/api/orders/%FF', '/api/%FF/x']) {
    expectJsonError(await raw('GET', path), `GET ${path}`, 404, 'not_found');
  }
  const cases: [method: string, path: string, allow: string][] = [
    ['PROPFIND', '/api/health', 'GET, HEAD, OPTIONS'],
    ['DELETE', '/api/health', 'GET, HEAD, OPTIONS'],
    ['PUT', '/api/products', 'GET, HEAD, OPTIONS'],
    ['GET', '/api/checkout', 'OPTIONS, POST'],
    ['PATCH', '/api/cart/lines', 'OPTIONS, POST'],
    ['GET', '/api/cart/lines/x', 'DELETE, OPTIONS, PATCH'],
    ['DELETE', '/api/auth/session', 'GET, HEAD, OPTIONS, POST'],
  ];
  for (const [method, path, allow] of cases) {
    const r = await raw(method, path);
    expectJsonError(r, `${method} ${path}`, 405, 'method_not_allowed');
    expect(r.headers.allow, `${method} ${path}`).toBe(allow);
  }
  // TRACE never reaches Next (which cannot take it and would answer a bare 500): npm start's server refuses it.
  for (const path of ['/api/health', '/api/cart']) {
    const r = await raw('TRACE', path);
    expectJsonError(r, `TRACE ${path}`, 405, 'method_not_allowed');
  }
  const tracePage = await raw('TRACE', '/');
  expect(tracePage.status).toBe(405);
  expectProtected(tracePage, 'TRACE /');
  // next-auth's own "Bad request." for an action it does not know is a 404 in the API's shape.
  for (const path of ['/api/auth/nope', '/api/auth/session/extra', '/api/auth/csrf/x/y']) {
    expectJsonError(await raw('GET', path), `GET ${path}`, 404, 'not_found');
  }
  expectJsonError(await raw('POST', '/api/auth/nope'), 'POST /api/auth/nope', 404, 'not_found');
  // What is left alone still works.
  expect((await raw('GET', '/api/health')).status).toBe(200);
  expect((await raw('HEAD', '/api/health')).status).toBe(200);
  const options = await raw('OPTIONS', '/api/health');
  expect(options.status).toBe(204);
  expect(options.headers.allow).toBe('GET, HEAD, OPTIONS');
  expect(JSON.parse((await raw('GET', '/api/auth/csrf')).body)).toHaveProperty('csrfToken');
  expect((await raw('GET', '/api/auth/session')).status).toBe(200);
});

test('a malformed address is the storefront not-found page, with the CSP and the other headers', async () => {
  for (const path of ['/p/%FF', '/c/%ED%A0%80', '/orders/%FF', '/%FF', '/search/%E0%A4']) {
    const r = await raw('GET', path);
    expect(r.status, path).toBe(404);
    expect(r.headers['content-type'], path).toMatch(/^text\/html/);
    expect(r.body, path).toContain('We could not find that page');
    expect(String(r.headers['content-security-policy']), path).toMatch(
      /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
    );
    expectProtected(r, path);
  }
  const media = await raw('GET', '/media/art/%FF/x/y.svg');
  expect(media.status).toBe(404);
  expectProtected(media, 'media');
  const propfind = await raw('PROPFIND', '/media/art/puffer/3d4a3a/front.svg');
  expect(propfind.status).toBe(405);
  expectProtected(propfind, 'PROPFIND media');
});

test('every HTML answer carries the CSP, a router prefetch too', async () => {
  const variants: Record<string, string>[] = [{ 'next-router-prefetch': '1' }, { purpose: 'prefetch' }, {}];
  for (const headers of variants) {
    const r = await raw('GET', '/', headers);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(r.headers['content-security-policy'] ?? '');
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, JSON.stringify(headers)).toBeTruthy();
    expect(r.body).toContain(`nonce="${nonce}"`);
    expectProtected(r, JSON.stringify(headers));
  }
});
