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

  describe('locale addresses', () => {
    const rewrittenPath = (res: Response) => new URL(getRewrittenUrl(res as never)!).pathname;
    const named = (res: Response) => res.headers.get('x-middleware-request-x-aisle-locale');

    it('takes a locale prefix off and names the locale to the page, keeping its nonce and the query', () => {
      const res = call('/ko/p/heavy-canvas-tote?color=Black', { headers: { 'sec-fetch-mode': 'navigate' } });
      expect(rewrittenPath(res)).toBe('/p/heavy-canvas-tote');
      expect(new URL(getRewrittenUrl(res)!).search).toBe('?color=Black');
      expect(named(res)).toBe('ko');
      expect(res.headers.get('x-middleware-request-x-nonce')).toBeTruthy();
      expect(res.headers.get('content-security-policy')).toMatch(/'nonce-/);
      expect(rewrittenPath(call('/ko'))).toBe('/');
    });

    it('keeps its decision when Next sends the rewrite back through it, and no client can fake that', () => {
      const first = call('/ko/p/x', { headers: { 'sec-fetch-mode': 'navigate', 'accept-language': 'en' } });
      const passed: Record<string, string> = {};
      for (const name of first.headers.get('x-middleware-override-headers')!.split(',')) {
        passed[name] = first.headers.get(`x-middleware-request-${name}`)!;
      }
      expect(passed['x-aisle-proxy-pass']).toMatch(/^[A-Za-z0-9_-]{43}$/);
      // The second pass at the rewritten address: not redirected, not stripped, same nonce.
      const second = call('/p/x', { headers: { ...passed, cookie: 'aisle-locale=ja' } });
      expect(second.status).toBe(200);
      expect(second.headers.get('x-middleware-next')).toBe('1');
      expect(second.headers.get('x-middleware-override-headers')).toBeNull();
      expect(second.headers.get('content-security-policy')).toBe(first.headers.get('content-security-policy'));
      // A made-up mark is a client's header like any other: dropped, and the address decides.
      const forged = call('/p/x', { headers: { 'x-aisle-proxy-pass': 'guess', 'x-aisle-locale': 'ko' } });
      expect(named(forged)).toBe('en');
      expect(forged.headers.get('x-middleware-override-headers')).not.toContain('x-aisle-proxy-pass');
    });

    it('drops a client’s own x-aisle-locale on pages: the address alone decides', () => {
      const spoofed = { 'x-aisle-locale': 'ko', 'accept-language': 'en' };
      const plain = call('/p/heavy-canvas-tote', { headers: spoofed });
      expect(named(plain)).toBe('en');
      expect(named(call('/ko/p/x', { headers: { 'x-aisle-locale': 'en' } }))).toBe('ko');
      // A one-address page gets no name at all, so it follows the cookie, never the client's header.
      const staff = call('/staff/sign-in', { headers: spoofed });
      expect(staff.headers.get('x-middleware-override-headers')).not.toContain('x-aisle-locale');
      expect(named(staff)).toBeNull();
    });

    it('lets the API hear which locale the calling page is in, but only a locale', () => {
      expect(named(call('/api/cart', { headers: { 'x-aisle-locale': 'ko' } }))).toBe('ko');
      const junk = call('/api/cart', { headers: { 'x-aisle-locale': 'klingon' } });
      expect(named(junk)).toBeNull();
      expect(junk.headers.get('x-middleware-override-headers')).not.toContain('x-aisle-locale');
    });

    it('redirects a first visit to the shopper’s locale (307, varying on Cookie and Accept-Language)', () => {
      const byCookie = call('/c/knitwear?page=2', {
        headers: { cookie: 'aisle-locale=ko', 'sec-fetch-mode': 'navigate' },
      });
      expect(byCookie.status).toBe(307);
      expect(
        new URL(byCookie.headers.get('location')!).pathname + new URL(byCookie.headers.get('location')!).search,
      ).toBe('/ko/c/knitwear?page=2');
      expect(byCookie.headers.get('vary')).toBe('Cookie, Accept-Language');
      const byBrowser = call('/', { headers: { 'accept-language': 'ko-KR,ko;q=0.9', 'sec-fetch-mode': 'navigate' } });
      expect(byBrowser.status).toBe(307);
      expect(new URL(byBrowser.headers.get('location')!).pathname).toBe('/ko');
      // Chose English: stays, and the page says it varies.
      const english = call('/', { headers: { cookie: 'aisle-locale=en', 'accept-language': 'ko' } });
      expect(english.status).toBe(200);
      expect(english.headers.get('vary')).toBe('Cookie, Accept-Language');
      // The router's own fetch is not moved.
      expect(call('/', { headers: { cookie: 'aisle-locale=ko', 'sec-fetch-mode': 'cors' } }).status).toBe(200);
    });

    it('sends /en/… to the unprefixed address for good, and answers a prefix before the API with the 404 page', () => {
      const res = call('/en/p/x?size=M');
      expect(res.status).toBe(308);
      expect(new URL(res.headers.get('location')!).pathname).toBe('/p/x');
      const api = call('/ko/api/cart');
      expect(rewrittenPath(api)).toBe('/_aisle/not-found');
      expect(named(api)).toBe('ko');
    });
  });
});
