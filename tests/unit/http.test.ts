import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/http/errors';
import { MAX_BODY_BYTES, route, searchParamsToObject } from '@/lib/http/route';
import { callRoute } from '../support/call-route';

const echo = route({ body: z.object({ name: z.string().min(1) }) }, async ({ body }) => ({ hello: body.name }));
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

  it('turns unexpected failures into a generic 500 that leaks nothing', async () => {
    const broken = route({}, async () => {
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
    const down = route({}, async () => {
      throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    });
    const res = await callRoute<{ error: { code: string } }>(down, '/x');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(res.body.error.code).toBe('service_unavailable');
  });

  it('keeps domain errors’ own status and code', async () => {
    const missing = route({}, async () => {
      throw new AppError('not_found', 'Nope');
    });
    const res = await callRoute<{ error: { code: string } }>(missing, '/x');
    expect(res.status).toBe(404);
  });

  it('reads repeated query keys as arrays', () => {
    expect(searchParamsToObject(new URLSearchParams('size=M&size=L&q=x'))).toEqual({ size: ['M', 'L'], q: 'x' });
  });
});
