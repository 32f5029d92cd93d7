import { z } from 'zod';

export type Operation = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path, e.g. /api/products/{handle} */
  path: string;
  summary: string;
  tags: string[];
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  headers?: { name: string; description: string }[];
  /** Status → response body schema (null for no body). */
  responses: Record<number, { description: string; schema: z.ZodType | null }>;
};

const errorSchema = z.object({
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

/** The BFF's public contract as OpenAPI 3.1, generated from the same zod schemas the handlers use. */
export function buildOpenApiDocument(operations: Operation[], info: { version: string }) {
  const schemas: Json = {};
  const jsonSchema = jsonSchemaIn(schemas);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const responses: Record<string, unknown> = {};
    for (const [status, r] of Object.entries(op.responses)) {
      responses[status] = {
        description: r.description,
        ...(r.schema ? { content: { 'application/json': { schema: jsonSchema(r.schema, 'output') } } } : {}),
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
        ...(op.headers ?? []).map((h) => ({ ...h, in: 'header', required: false, schema: { type: 'string' } })),
      ],
      ...(op.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body, 'input') } } } }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Aisle BFF API',
      version: info.version,
      description:
        'The storefront\'s backend-for-frontend. JSON in and out; ids are strings; money is integer minor units. Errors are `{ "error": { "code", "message", "fields"? } }`.',
    },
    paths,
    components: { schemas },
  };
}
