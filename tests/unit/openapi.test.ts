import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '@/lib/http/openapi-document';
import { operations } from '@/lib/http/contract';

const doc = buildOpenApiDocument(operations, { version: 'test' });
type Op = { parameters: { name: string; in: string; required: boolean; schema: Record<string, unknown> }[] };
const paths = doc.paths as Record<string, Record<string, Op>>;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? routeFiles(path.join(dir, e.name)) : e.name === 'route.ts' ? [path.join(dir, e.name)] : [],
  );
}

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 with an operation for every exported method of every API route', () => {
    expect(doc.openapi).toBe('3.1.0');
    const files = routeFiles('app/api').filter((f) => !f.includes('[...'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const apiPath = `/${path.dirname(file).replace(/^app\//, '')}`.replace(/\[(\w+)\]/g, '{$1}');
      const methods = [...readFileSync(file, 'utf8').matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) =>
        m[1]!.toLowerCase(),
      );
      expect(methods.length, file).toBeGreaterThan(0);
      for (const method of methods) expect(paths[apiPath]?.[method], `${method} ${apiPath}`).toBeDefined();
    }
  });

  it('describes query parameters from the zod schemas', () => {
    const params = paths['/api/products']!.get!.parameters;
    const limit = params.find((p) => p.name === 'limit');
    expect(limit).toMatchObject({ in: 'query', required: false });
    expect(limit?.schema).toMatchObject({ minimum: 1, maximum: 60 });
    expect(params.map((p) => p.name)).toEqual(
      expect.arrayContaining(['q', 'category', 'size', 'color', 'minPrice', 'maxPrice', 'storeId', 'cursor', 'limit']),
    );
    const handle = paths['/api/products/{handle}']!.get!.parameters.find((p) => p.name === 'handle');
    expect(handle).toMatchObject({ in: 'path', required: true });
  });

  it('documents money as integer minor units and errors in one shape', () => {
    const text = JSON.stringify(doc);
    expect(text).not.toContain('$schema');
    const product = (
      paths['/api/products/{handle}']!.get as unknown as {
        responses: Record<
          string,
          { content: { 'application/json': { schema: { properties: Record<string, unknown> } } } }
        >;
      }
    ).responses;
    expect(product['200']!.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ProductDetail' });
    const schemas = doc.components.schemas as Record<string, { properties: Record<string, { type?: string }> }>;
    expect(schemas.Money?.properties.amount?.type).toBe('integer');
    expect(text).not.toContain('#/$defs/');
    // Every reference resolves.
    for (const ref of text.matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)) expect(schemas[ref[1]!]).toBeDefined();
    expect(JSON.stringify(product.default)).toContain('"code"');
  });
});

type Operation = {
  security?: Record<string, string[]>[];
  parameters: { name: string; in: string; required: boolean }[];
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown>; required?: string[] } }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};
const op = (method: string, p: string) => (doc.paths as Record<string, Record<string, Operation>>)[p]![method]!;

describe('OpenAPI security and sign-in', () => {
  it('names the session cookie, the POS signature and a bearer scheme for API keys', () => {
    const schemes = (doc.components as { securitySchemes?: Record<string, Record<string, string>> }).securitySchemes;
    expect(schemes?.session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'aisle.session' });
    expect(schemes?.posTimestamp).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Aisle-Timestamp' });
    expect(schemes?.posSignature).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Aisle-Signature' });
    expect(schemes?.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(op('post', '/api/pos/orders').security).toEqual([{ posTimestamp: [], posSignature: [] }]);
    expect(op('get', '/api/account/export').security).toEqual([{ session: [] }]);
    expect(op('get', '/api/products').security).toEqual([]);
    for (const [p, methods] of Object.entries(doc.paths as Record<string, Record<string, Operation>>)) {
      for (const [m, o] of Object.entries(methods)) expect(o.security, `${m} ${p}`).toBeDefined();
    }
  });

  it("documents next-auth's credentials callbacks as forms, and their 429 in the error shape", () => {
    const form = (p: string) =>
      op('post', p).requestBody?.content['application/x-www-form-urlencoded']?.schema as {
        properties: Record<string, unknown>;
        required: string[];
      };
    expect(form('/api/auth/callback/password').required).toEqual(
      expect.arrayContaining(['email', 'password', 'csrfToken']),
    );
    expect(form('/api/auth/callback/phone').required).toEqual(expect.arrayContaining(['phone', 'code', 'csrfToken']));
    for (const p of ['/api/auth/callback/password', '/api/auth/callback/phone']) {
      const limited = JSON.stringify(op('post', p).responses['429']?.content?.['application/json']?.schema);
      expect(limited, p).toContain('"code"');
      expect(limited, p).toContain('"url"');
    }
  });

  it('marks required headers required', () => {
    const header = (m: string, p: string, name: string) =>
      op(m, p).parameters.find((x) => x.in === 'header' && x.name === name);
    expect(header('post', '/api/checkout', 'Idempotency-Key')?.required).toBe(true);
    expect(header('post', '/api/cart/lines', 'Idempotency-Key')?.required).toBe(false);
    for (const p of ['/api/pos/orders', '/api/pos/offers/redeem', '/api/pos/pickups/{orderId}/ready']) {
      expect(header('post', p, 'X-Aisle-Timestamp')?.required, p).toBe(true);
      expect(header('post', p, 'X-Aisle-Signature')?.required, p).toBe(true);
    }
  });
});
