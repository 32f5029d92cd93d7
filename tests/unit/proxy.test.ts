import { getRewrittenUrl, unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { config, proxy } from '@/proxy';

const call = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  proxy(new NextRequest(`http://aisle.test${path}`, init));
const matched = (path: string, headers: Record<string, string> = {}) =>
  unstable_doesMiddlewareMatch({ config, url: path, headers });

describe('proxy.ts', () => {
  it('runs for every page, router prefetches included, and for the API and images', () => {
    const variants: Record<string, string>[] = [
      {},
      { 'next-router-prefetch': '1' },
      { purpose: 'prefetch' },
      { rsc: '1' },
    ];
    for (const headers of variants) {
      expect(matched('/', headers), JSON.stringify(headers)).toBe(true);
      expect(matched('/p/heavy-canvas-tote', headers)).toBe(true);
    }
    expect(matched('/api/health')).toBe(true);
    expect(matched('/media/art/puffer/3d4a3a/front.svg')).toBe(true);
    expect(matched('/_next/static/chunks/x.js')).toBe(false);
  });

  it("keeps a first visit's market in the aisle-market cookie, and never overwrites a chosen one", () => {
    const first = call('/', { headers: { 'accept-language': 'ja-JP,ja;q=0.9' } }).headers.get('set-cookie');
    expect(first).toMatch(/^aisle-market=JP; Path=\/; Max-Age=\d+; SameSite=Lax/);
    expect(call('/', { headers: {} }).headers.get('set-cookie')).toMatch(/^aisle-market=KR;/);
    const chosen = call('/', { headers: { cookie: 'aisle-market=SG', 'accept-language': 'ja-JP' } });
    expect(chosen.headers.get('set-cookie')).toBeNull();
    expect(call('/api/health').headers.get('set-cookie')).toBeNull();
  });

  it('gives a page, and a prefetch of it, a fresh nonce in its policy', () => {
    const csp = call('/', { headers: { 'next-router-prefetch': '1' } }).headers.get('content-security-policy');
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  });

  it('answers a path that is not percent-encoded UTF-8: JSON 404 for the API, the not-found page otherwise', async () => {
    for (const path of ['/api/products/%FF', '/api/orders/%ED%A0%80']) {
      const res = call(path);
      expect(res.status, path).toBe(404);
      expect(await res.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    }
    for (const path of ['/p/%FF', '/c/%ED%A0%80', '/orders/%FF']) {
      const res = call(path);
      expect(new URL(getRewrittenUrl(res)!).pathname, path).toBe('/_aisle/not-found');
      expect(res.headers.get('content-security-policy')).toMatch(/'nonce-/);
    }
    expect(call('/media/art/%FF/x/y.svg').status).toBe(404);
  });

  it('refuses a method a route does not export with a JSON 405 and Allow, and lets the rest through', async () => {
    const res = call('/api/health', { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect((await res.json()).error.code).toBe('method_not_allowed');
    expect(call('/api/checkout', { method: 'PROPFIND' }).status).toBe(405);
    for (const [method, path] of [
      ['GET', '/api/health'],
      ['HEAD', '/api/products'],
      ['OPTIONS', '/api/checkout'],
      ['POST', '/api/auth/callback/password'],
      ['PATCH', '/api/cart/lines/abc'],
    ]) {
      expect(call(path!, { method }).headers.get('x-middleware-next'), `${method} ${path}`).toBe('1');
    }
  });

  it('answers a next-auth action that does not exist, or a method it does not take, in the API shape', async () => {
    const unknown = call('/api/auth/nope');
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('not_found');
    const wrong = call('/api/auth/csrf', { method: 'POST' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(call('/api/nope/at/all', { method: 'PUT' }).status).toBe(404);
  });
});
