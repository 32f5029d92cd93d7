import { describe, expect, it } from 'vitest';
import { authActionOf } from '@/lib/http/auth-actions';
import { allowHeader, allows, API_FALLBACK, API_METHODS, API_ROUTES, apiRouteFor } from '@/lib/http/api-routes';

const modules = import.meta.glob<Record<string, unknown>>('/app/api/**/route.ts');
const patternOf = (file: string) => file.replace(/^\/app/, '').replace(/\/route\.ts$/, '');

describe('the API route table proxy.ts answers methods from', () => {
  it('names every route under app/api with exactly the methods its module exports', async () => {
    const actual: Record<string, string[]> = {};
    for (const [file, load] of Object.entries(modules)) {
      const exported = Object.keys(await load()).filter((k) => (API_METHODS as readonly string[]).includes(k));
      actual[patternOf(file)] = exported.sort();
    }
    expect(actual[API_FALLBACK]).toBeDefined();
    delete actual[API_FALLBACK];
    const table = Object.fromEntries(Object.entries(API_ROUTES).map(([p, m]) => [p, [...m].sort()]));
    expect(table).toEqual(actual);
    // Importing every route module (and what they import) takes a while on a busy 2-core machine.
  }, 60_000);

  it('picks the route Next would: static segments before dynamic ones, unknown addresses none', () => {
    expect(apiRouteFor('/api/orders/lookup')?.pattern).toBe('/api/orders/lookup');
    expect(apiRouteFor('/api/orders/ord_1')?.pattern).toBe('/api/orders/[id]');
    expect(apiRouteFor('/api/orders/ord_1/buy-again')?.pattern).toBe('/api/orders/[id]/buy-again');
    expect(apiRouteFor('/api/auth/callback/password')?.pattern).toBe('/api/auth/[...nextauth]');
    expect(apiRouteFor('/api/auth')).toBeNull();
    expect(apiRouteFor('/api/orders/ord_1/nope')).toBeNull();
    expect(apiRouteFor('/api')).toBeNull();
  });

  it('allows what Next allows: HEAD with GET, OPTIONS always', () => {
    expect(allowHeader(['GET'])).toBe('GET, HEAD, OPTIONS');
    expect(allowHeader(['PATCH', 'DELETE'])).toBe('DELETE, OPTIONS, PATCH');
    expect(allows(['GET'], 'HEAD')).toBe(true);
    expect(allows(['POST'], 'HEAD')).toBe(false);
    expect(allows(['POST'], 'OPTIONS')).toBe(true);
    expect(allows(['GET'], 'TRACE')).toBe(false);
    expect(allows(['GET'], 'get')).toBe(false);
  });

  it('knows the sign-in actions next-auth serves, and which take POST', () => {
    expect(authActionOf('/api/auth/csrf')).toEqual({ known: true, methods: ['GET'] });
    expect(authActionOf('/api/auth/callback/password')).toEqual({ known: true, methods: ['GET', 'POST'] });
    expect(authActionOf('/api/auth/session')).toEqual({ known: true, methods: ['GET', 'POST'] });
    for (const path of ['/api/auth/nope', '/api/auth/session/x', '/api/auth/callback/a/b', '/api/auth/']) {
      expect(authActionOf(path), path).toEqual({ known: false });
    }
  });
});
