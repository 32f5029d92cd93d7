import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { addressBucket } from '@/lib/http/address-bucket';
import { AppError } from '@/lib/http/errors';
import { readEnv } from '@/lib/env';
import { clientAddress, MAX_BODY_BYTES, route, searchParamsToObject } from '@/lib/http/route';
import { signedPosRoute } from '@/lib/pos/route';
import { callRoute } from '../support/call-route';
import { testOperation } from '../support/test-operation';

const echo = route(
  testOperation({ auth: 'none', db: false, body: z.object({ name: z.string().min(1) }) }),
  async ({ body }) => ({
    hello: body.name,
  }),
);
const post = (body: string, type = 'application/json') => ({
  init: { method: 'POST', body, headers: { 'content-type': type } },
});

describe('route wrapper', () => {
  it('passes valid input through and marks the answer private by default', async () => {
    const res = await callRoute(echo, '/x', post('{"name":"Mina"}'));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ hello: 'Mina' });
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });

  it.each([
    ['{"name":', 'application/json', 400, 'invalid_json'],
    ['{"name":""}', 'application/json', 422, 'invalid_request'],
    ['[]', 'application/json', 422, 'invalid_request'],
    ['name=x', 'application/x-www-form-urlencoded', 415, 'unsupported_media_type'],
    [JSON.stringify({ name: 'x'.repeat(MAX_BODY_BYTES) }), 'application/json', 413, 'payload_too_large'],
  ])('answers %#: a bad body is a 4xx JSON error', async (body, type, status, code) => {
    const res = await callRoute<{ error: { code: string } }>(echo, '/x', post(body, type));
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
  });

  it.each([
    ['the route wrapper', echo],
    [
      'the POS wrapper',
      signedPosRoute(testOperation({ auth: 'till', body: z.object({ name: z.string() }) }), async ({ body }) => body),
    ],
  ])('refuses a chunked body past the limit without reading it to the end (%s)', async (_, handler) => {
    // 10 MB in 16 KB chunks with no Content-Length, as a chunked upload arrives.
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let pulled = 0;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled += 1;
          if (pulled > 640) controller.close();
          else controller.enqueue(chunk);
        },
        cancel() {
          cancelled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const init = { method: 'POST', body, duplex: 'half', headers: { 'content-type': 'application/json' } };
    const res = await callRoute<{ error: { code: string } }>(handler, '/x', { init: init as RequestInit });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
    expect(pulled).toBeLessThanOrEqual(MAX_BODY_BYTES / chunk.byteLength + 2);
    expect(cancelled).toBe(true);
  });

  it('reads a chunked body within the limit whole', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"na'));
        controller.enqueue(new TextEncoder().encode('me":"Mina"}'));
        controller.close();
      },
    });
    const init = { method: 'POST', body, duplex: 'half', headers: { 'content-type': 'application/json' } };
    const res = await callRoute(echo, '/x', { init: init as RequestInit });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ hello: 'Mina' });
  });

  it('turns unexpected failures into a generic 500 that leaks nothing', async () => {
    const broken = route(testOperation({ auth: 'none', db: false }), async () => {
      throw new Error('secret connection string postgres://u:p@host');
    });
    const original = console.error;
    console.error = () => undefined;
    try {
      const res = await callRoute<{ error: { code: string; message: string } }>(broken, '/x');
      expect(res.status).toBe(500);
      expect(JSON.stringify(res.body)).not.toContain('secret');
    } finally {
      console.error = original;
    }
  });

  it('maps an unreachable database to 503 with Retry-After', async () => {
    const down = route(testOperation({ auth: 'none', db: false }), async () => {
      throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    });
    const res = await callRoute<{ error: { code: string } }>(down, '/x');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(res.body.error.code).toBe('service_unavailable');
  });

  it('keeps domain errors’ own status and code', async () => {
    const missing = route(testOperation({ auth: 'none', db: false }), async () => {
      throw new AppError('not_found', 'Nope');
    });
    const res = await callRoute<{ error: { code: string } }>(missing, '/x');
    expect(res.status).toBe(404);
  });

  it('reads repeated query keys as arrays', () => {
    expect(searchParamsToObject(new URLSearchParams('size=M&size=L&q=x'))).toEqual({ size: ['M', 'L'], q: 'x' });
  });
});

describe('client address for rate limits', () => {
  const from = (headers: Record<string, string>, env: Record<string, string> = {}) =>
    clientAddress(new Headers(headers), readEnv({ NODE_ENV: 'test', ...env }));

  it('takes the entry the nearest proxy appended, not what the client put in front of it', () => {
    expect(from({ 'x-forwarded-for': '203.0.113.7' })).toBe('203.0.113.7');
    expect(from({ 'x-forwarded-for': '198.51.100.1, 203.0.113.7' })).toBe('203.0.113.7');
    expect(from({ 'x-forwarded-for': '1.1.1.1, 2.2.2.2, 203.0.113.7' })).toBe('203.0.113.7');
  });

  it('behind two proxies, the one before the last; a short list gives its first entry', () => {
    const two = { AISLE_TRUSTED_PROXIES: '2' };
    expect(from({ 'x-forwarded-for': 'forged, 203.0.113.7, 10.0.0.2' }, two)).toBe('203.0.113.7');
    expect(from({ 'x-forwarded-for': '203.0.113.7' }, two)).toBe('203.0.113.7');
  });

  it("reads a CDN's own header when configured, and says 'local' when there is none", () => {
    const cdn = { AISLE_CLIENT_ADDRESS_HEADER: 'CF-Connecting-IP' };
    expect(from({ 'cf-connecting-ip': '203.0.113.9', 'x-forwarded-for': 'forged' }, cdn)).toBe('203.0.113.9');
    expect(from({})).toBe('local');
    expect(from({ 'x-forwarded-for': ' , ' })).toBe('local');
  });

  it('with no proxy (the default), a production server believes the header only from `npm start`', () => {
    const production = { NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32), POS_WEBHOOK_SECRET: 'y'.repeat(16) };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // `next start` alone: the header is the client's own, so every client shares one address.
    expect(from({ 'x-forwarded-for': '198.51.100.1' }, production)).toBe('unverified');
    expect(from({ 'x-forwarded-for': '198.51.100.2' }, production)).toBe('unverified');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
    // server/start.mjs wrote the socket's address in place of whatever the client sent.
    const served = { ...production, AISLE_SOCKET_ADDRESS: '1' };
    expect(from({ 'x-forwarded-for': '203.0.113.7' }, served)).toBe('203.0.113.7');
    // Behind a balancer the header is read as before.
    expect(from({ 'x-forwarded-for': 'forged, 203.0.113.7' }, { ...production, AISLE_TRUSTED_PROXIES: '1' })).toBe(
      '203.0.113.7',
    );
    expect(() => readEnv({ NODE_ENV: 'test', AISLE_TRUSTED_PROXIES: '0' })).not.toThrow();
  });
});

describe('addressBucket', () => {
  it('keeps IPv4 as it is and counts IPv6 by its /64, however it is written', () => {
    expect(addressBucket('203.0.113.7')).toBe('203.0.113.7');
    expect(addressBucket('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressBucket('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:0db8:0001:0002:ffff:ffff:ffff:fffe')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('[2001:db8:1:2::9]')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressBucket('::1')).toBe('0:0:0:0::/64');
    expect(addressBucket('local')).toBe('local');
  });
});
