import { z } from 'zod';
import { acceptedAuths, type DeclaredAuth, type Operation } from './operation';

export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
});

type Json = Record<string, unknown>;

/** Named schemas (`.meta({ id })`) land in components and are referenced from there. */
function liftDefs(node: unknown, components: Json): unknown {
  if (Array.isArray(node)) return node.map((n) => liftDefs(n, components));
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema') continue;
    if (key === '$defs') {
      for (const [name, def] of Object.entries(value as Json)) components[name] ??= liftDefs(def, components);
      continue;
    }
    out[key] =
      key === '$ref' && typeof value === 'string'
        ? value.replace('#/$defs/', '#/components/schemas/')
        : liftDefs(value, components);
  }
  return out;
}

function jsonSchemaIn(components: Json) {
  return (schema: z.ZodType, io: 'input' | 'output') => {
    const raw = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
    // A named root schema comes back as a bare $ref plus $defs; keep the $ref.
    return liftDefs(raw, components) as Json;
  };
}

/** What each auth asks of the caller; `{}` is "no credentials". */
function requirementsOf(auth: DeclaredAuth): Record<string, string[]>[] {
  if (auth === 'none') return [{}];
  // Either, or neither: a new guest has no cookie yet.
  if (auth === 'shopper') return [{}, { guestCart: [] }, { session: [] }];
  if (auth === 'till') return [{ posTimestamp: [], posSignature: [] }];
  // OpenAPI 3.1 lets any scheme list what it requires: the key's scope.
  if (auth.startsWith('key:')) return [{ apiKey: [auth.slice(4)] }];
  // Store staff: their own session cookie, never a shopper's (the role is checked per route).
  if (auth.startsWith('staff:')) return [{ staffSession: [] }];
  return [{ session: [] }];
}

/** The operation's `security`, from its auth: none for `none`, else every way it admits a caller. */
function securityOf(op: Operation): Record<string, string[]>[] {
  const auths = acceptedAuths(op);
  if (auths.every((a) => a === 'none')) return [];
  const all = new Map(auths.flatMap(requirementsOf).map((r) => [JSON.stringify(r), r]));
  return [...all.values()].sort((a, b) => Object.keys(a).length - Object.keys(b).length);
}

const securitySchemes = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: 'aisle.session',
    description:
      "next-auth's session cookie, set by the sign-in callbacks (`__Host-aisle.session` over HTTPS); HttpOnly, SameSite=Lax. A write must also come from this site (Origin / Sec-Fetch-Site), and the server session behind it must be live.",
  },
  guestCart: {
    type: 'apiKey',
    in: 'cookie',
    name: 'aisle-cart',
    description: "A guest's cart (`__Host-aisle-cart` over HTTPS); set by the first cart write.",
  },
  posTimestamp: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Aisle-Timestamp',
    description: 'POS: Unix seconds, refused when more than 300 s off; signed with the body (see X-Aisle-Signature).',
  },
  posSignature: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Aisle-Signature',
    description: 'POS: hex HMAC-SHA256 of "{timestamp}.{raw body bytes}" with POS_WEBHOOK_SECRET.',
  },
  staffSession: {
    type: 'apiKey',
    in: 'cookie',
    name: 'aisle-staff',
    description:
      'A staff console session (`__Host-aisle-staff` over HTTPS), set by POST /api/staff/session; HttpOnly, SameSite=Strict. Ends after AISLE_STAFF_IDLE_MINUTES idle or AISLE_STAFF_SESSION_HOURS. An admin without TOTP is refused everything but enrolment (`totp_enrolment_required`).',
  },
  apiKey: {
    type: 'http',
    scheme: 'bearer',
    description:
      'An integration API key (`Authorization: Bearer aisle_sk_…`), made with `npm run keys:create`; each operation names the scope it needs. Refused on shopper routes.',
  },
} as const;

function parameters(where: 'path' | 'query', schema: z.ZodObject | undefined) {
  if (!schema) return [];
  const whole = jsonSchemaIn({})(schema, 'input') as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(whole.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (whole.required ?? []).includes(name),
    schema: s,
    ...(where === 'query' && (s as { type?: string }).type === 'array' ? { style: 'form', explode: true } : {}),
  }));
}

function takesInput(op: Operation): boolean {
  return Boolean(
    op.params ||
    op.query ||
    op.body ||
    op.form ||
    op.ndjson ||
    op.method !== 'get' ||
    acceptedAuths(op).some((a) => a !== 'none' && a !== 'shopper'),
  );
}

function requestBody(op: Operation, jsonSchema: ReturnType<typeof jsonSchemaIn>) {
  if (op.form) {
    const content = { 'application/x-www-form-urlencoded': { schema: jsonSchema(op.form, 'input') } };
    return { requestBody: { required: true, content } };
  }
  if (op.ndjson) {
    const content = { 'application/x-ndjson': { schema: jsonSchema(op.ndjson.line, 'input') } };
    return {
      requestBody: { required: true, description: 'One JSON object a line (NDJSON)', content },
    };
  }
  if (op.body)
    return {
      requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body, 'input') } } },
    };
  return {};
}

/** An event sent to the retailer's webhooks: its type and the JSON body it is sent with. */
export type WebhookDoc = { type: string; summary: string; body: z.ZodType };

const standardWebhookHeaders = [
  ['webhook-id', 'The event id: the same on every try and re-send; drop a repeat of one already handled'],
  ['webhook-timestamp', "This try's Unix seconds; refuse one far from your clock"],
  [
    'webhook-signature',
    '`v1,` + base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}" keyed with the base64-decoded part of the webhook\'s `whsec_` secret (Standard Webhooks; verify with a `standardwebhooks` library)',
  ],
].map(([name, description]) => ({ name, in: 'header', required: true, description, schema: { type: 'string' } }));

/** OpenAPI 3.1's `webhooks`: what the shop POSTs to a subscriber, one entry per event type. */
function webhooksOf(events: WebhookDoc[], jsonSchema: ReturnType<typeof jsonSchemaIn>) {
  const out: Record<string, unknown> = {};
  for (const event of events) {
    out[event.type] = {
      post: {
        summary: event.summary,
        tags: ['webhooks'],
        operationId: `event${event.type.replace(/(^|[._])(\w)/g, (_, __, c: string) => c.toUpperCase())}`,
        parameters: standardWebhookHeaders,
        requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(event.body, 'output') } } },
        security: [],
        responses: {
          '2XX': {
            description:
              'Received: any 2xx. Anything else, a redirect or no answer in 10 s is tried again with backoff',
          },
        },
      },
    };
  }
  return out;
}

/** The BFF's public contract as OpenAPI 3.1, generated from the same zod schemas the handlers use. */
export function buildOpenApiDocument(operations: Operation[], info: { version: string }, webhooks: WebhookDoc[] = []) {
  const schemas: Json = {};
  const jsonSchema = jsonSchemaIn(schemas);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const responses: Record<string, unknown> = {};
    for (const [status, r] of Object.entries(op.responses)) {
      const schema = r.schema ?? (Number(status) >= 400 ? errorSchema : null);
      responses[status] = {
        description: r.description,
        ...(schema ? { content: { 'application/json': { schema: jsonSchema(schema, 'output') } } } : {}),
      };
    }
    // Any input can be refused (400 invalid_request, 403 cross-site, 401/404 for who asks…),
    // always in the error shape; the statuses an operation names stand out above.
    if (takesInput(op) && !Object.keys(responses).some((status) => status.startsWith('4'))) {
      responses['4XX'] = {
        description: 'Refused: the error says why',
        content: { 'application/json': { schema: jsonSchema(errorSchema, 'output') } },
      };
    }
    responses.default = {
      description: 'Error',
      content: { 'application/json': { schema: jsonSchema(errorSchema, 'output') } },
    };
    (paths[op.path] ??= {})[op.method] = {
      summary: op.summary,
      tags: op.tags,
      operationId: `${op.method}${op.path.replace(/[{}]/g, '').replace(/(^|[/-])(\w)/g, (_, __, c: string) => c.toUpperCase())}`,
      parameters: [
        ...parameters('path', op.params),
        ...parameters('query', op.query),
        ...(op.headers ?? []).map((h) => ({
          name: h.name,
          in: 'header',
          description: h.description,
          required: h.required ?? false,
          schema: { type: 'string' },
        })),
      ],
      ...requestBody(op, jsonSchema),
      security: securityOf(op),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Aisle BFF API',
      version: info.version,
      license: { name: 'MIT', identifier: 'MIT' },
      description:
        'The storefront\'s backend-for-frontend. JSON in and out; ids are strings; money is integer minor units. Errors are `{ "error": { "code", "message", "fields"? } }`.',
    },
    servers: [{ url: '/', description: 'The site that serves this document' }],
    paths,
    ...(webhooks.length ? { webhooks: webhooksOf(webhooks, jsonSchema) } : {}),
    components: { schemas, securitySchemes },
  };
}
