import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '@/lib/http/openapi-document';
import { operations } from '@/lib/http/contract';
import { acceptedAuths, type Operation as Declared } from '@/lib/http/operation';
import { API_METHODS, API_ROUTES } from '@/lib/http/api-routes';

const doc = buildOpenApiDocument(operations, { version: 'test' });
type Op = { parameters: { name: string; in: string; required: boolean; schema: Record<string, unknown> }[] };
const paths = doc.paths as Record<string, Record<string, Op>>;

const modules = import.meta.glob<Record<string, unknown>>('/app/api/**/route.ts');
/** Route modules whose exports are not route() handlers, and why. */
const UNDECLARED: Record<string, string> = {
  // The JSON 404 for every address no operation has: nothing to document.
  '/app/api/[...path]/route.ts': 'the catch-all fallback',
  // next-auth's one handler serves all of its actions; they are declared in lib/auth/contract.ts (nextAuthContract).
  '/app/api/auth/[...nextauth]/route.ts': "next-auth's catch-all",
};
/** What next-auth's catch-all serves, documented from lib/auth/contract.ts. */
const NEXT_AUTH = [
  'get /api/auth/csrf',
  'post /api/auth/callback/password',
  'post /api/auth/callback/phone',
  'post /api/auth/signout',
  'get /api/auth/session',
];
/** Next's route segment options, which a route module may export beside its handlers. */
const SEGMENT_OPTIONS = [
  'dynamic',
  'dynamicParams',
  'revalidate',
  'fetchCache',
  'runtime',
  'preferredRegion',
  'maxDuration',
];

/** `/app/api/orders/[id]/route.ts` → `/api/orders/{id}` */
const apiPathOf = (file: string) =>
  file
    .replace(/^\/app/, '')
    .replace(/\/route\.ts$/, '')
    .replace(/\[(\w+)\]/g, '{$1}');
const keyOf = (op: Pick<Declared, 'method' | 'path'>) => `${op.method} ${op.path}`;

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1, and lists exactly the operations the route handlers are built from', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const files = Object.keys(modules).filter((f) => !(f in UNDECLARED));
    expect(files.length).toBeGreaterThanOrEqual(6);
    const served = new Map<string, Declared>();
    for (const file of files) {
      const exported = Object.entries(await modules[file]!()).filter(([name]) => !SEGMENT_OPTIONS.includes(name));
      expect(exported.length, file).toBeGreaterThan(0);
      for (const [name, handler] of exported) {
        expect(API_METHODS, `${file} exports ${name}, not a method`).toContain(name);
        // route() and signedPosRoute() hang the operation they enforce on the handler they return.
        const op = (handler as { operation?: Declared }).operation;
        expect(op, `${file} ${name} is not built by route() or signedPosRoute()`).toBeDefined();
        expect(op!.method, `${file} exports ${name} built from ${keyOf(op!)}`).toBe(name.toLowerCase());
        expect(op!.path, `${file} exports ${name} built from ${keyOf(op!)}`).toBe(apiPathOf(file));
        expect(acceptedAuths(op!).length, keyOf(op!)).toBeGreaterThan(0);
        // The document lists this very object, not a copy that could drift.
        expect(operations.includes(op!), `${keyOf(op!)} is not in lib/http/contract.ts`).toBe(true);
        served.set(keyOf(op!), op!);
        expect(paths[op!.path]?.[op!.method], keyOf(op!)).toBeDefined();
      }
    }
    const documented = operations.map(keyOf);
    expect(new Set(documented).size, 'an operation is listed twice').toBe(documented.length);
    expect([...documented].sort()).toEqual([...served.keys(), ...NEXT_AUTH].sort());
    // next-auth's catch-all answers these methods (tests/unit/api-routes.test.ts holds the table to its exports).
    for (const key of NEXT_AUTH)
      expect(API_ROUTES['/api/auth/[...nextauth]'], key).toContain(key.split(' ')[0]!.toUpperCase());
    // The benchmark's ceiling route is built only for benchmarking, and declared in no contract.
    expect(documented.filter((key) => key.includes('/api/bench/'))).toEqual([]);
  }, 60_000);

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
