import fc from 'fast-check';

/**
 * The generic fuzz inputs: for any operation of the OpenAPI document, every kind of bad input in
 * the path, the query, the headers and the body, without knowing what the operation means.
 */

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};
export type Parameter = { name: string; in: 'path' | 'query' | 'header'; schema?: JsonSchema };
export type OperationDoc = {
  parameters?: Parameter[];
  /** JSON bodies are fuzzed here; next-auth's form-encoded callbacks are not. */
  requestBody?: { content: { 'application/json'?: { schema: JsonSchema } } };
};
export type Doc = {
  paths: Record<string, Record<string, OperationDoc>>;
  components: { schemas: Record<string, JsonSchema> };
};
export type Case = {
  label: string;
  path: string;
  init: RequestInit & { headers: Record<string, string> };
  params: Record<string, string | string[]>;
};

const SEED = 20261124;

/** Strings that have broken parsers, databases and renderers somewhere. */
export const HOSTILE = [
  '',
  ' ',
  '\u0000',
  'a'.repeat(5_000),
  '😀'.repeat(200),
  '\u202Eevil',
  '\ud800',
  '\udfff',
  "'; DROP TABLE users; --",
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  '%00',
  '%',
  '%E0%A4%A',
  'null',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '9007199254740993',
  '-1',
  '0x10',
  ' 1 ',
  '\r\n',
  'ｆｕｌｌｗｉｄｔｈ',
  'e\u0301',
  '\uFEFF',
  '{"$ne":null}',
  '__proto__',
];
export const WRONG_VALUES: unknown[] = [
  null,
  1.5,
  -1,
  2 ** 53 + 2,
  1e308,
  'x',
  '',
  [],
  [1, 2],
  {},
  true,
  'a'.repeat(70_000),
  '\u0000',
  '\ud800',
  { $gt: '' },
];
/** Headers a client controls (header values are bytes, so no lone surrogates here). */
const HOSTILE_HEADERS: [string, string][] = [
  ['cookie', 'aisle-cart=%'],
  ['cookie', `aisle-cart=${'a'.repeat(5_000)}`],
  ['cookie', 'aisle-cart=; aisle.session=garbage; aisle-cart=x'],
  ['cookie', 'aisle.session=eyJhbGciOiJub25lIn0.e30.'],
  ['idempotency-key', 'k'.repeat(5_000)],
  ['idempotency-key', ' '],
  ['if-match', 'W/"garbage'],
  ['if-match', `"${'9'.repeat(400)}"`],
  ['x-aisle-owner', 'not-a-tag'],
  ['x-aisle-location', '91,181'],
  ['x-aisle-location', 'NaN,NaN'],
  ['x-aisle-timestamp', '-1'],
  ['x-aisle-signature', 'zz'],
  ['x-forwarded-for', `${'1.'.repeat(2_000)}1`],
  ['accept-language', `${'ko-KR,'.repeat(1_000)}en;q=abc`],
  ['origin', 'null'],
];
const BAD_JSON = ['{', '{"a":', 'undefined', "{'a':1}", '[1,]', '{"a":1}}', '\uFEFF{}', 'NaN', '"unterminated'];

/** Percent-encodes like a client would; a lone surrogate becomes the invalid UTF-8 a raw client could send. */
function enc(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

function resolve(schema: JsonSchema | undefined, doc: Doc): JsonSchema {
  if (!schema) return {};
  if (schema.$ref) return resolve(doc.components.schemas[schema.$ref.split('/').pop()!], doc);
  return schema;
}

/** Property names a body schema names, including every branch of a union. */
function bodyProperties(schema: JsonSchema, doc: Doc): { names: string[]; required: string[] } {
  const s = resolve(schema, doc);
  const branches = [s, ...(s.anyOf ?? []), ...(s.oneOf ?? [])].map((b) => resolve(b, doc));
  return {
    names: [...new Set(branches.flatMap((b) => Object.keys(b.properties ?? {})))],
    required: [...new Set(branches.flatMap((b) => b.required ?? []))],
  };
}

function sample<T>(arb: fc.Arbitrary<T>, numRuns: number): T[] {
  return fc.sample(arb, { numRuns, seed: SEED });
}

/** Every kind of bad input for one operation: path, query, body, content type and size. */
export function casesFor(apiPath: string, method: string, op: OperationDoc, doc: Doc): Case[] {
  const params = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
  const queryNames = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
  const fill = (values: Record<string, string>) =>
    apiPath.replace(/\{(\w+)\}/g, (_, name: string) => enc(values[name] ?? 'x'));
  const base = Object.fromEntries(params.map((p) => [p, 'x']));
  const cases: Case[] = [];
  const add = (
    label: string,
    opts: {
      params?: Record<string, string>;
      query?: string;
      body?: string;
      type?: string;
      idempotent?: boolean;
      header?: [string, string];
    },
  ) => {
    const p = opts.params ?? base;
    const headers: Record<string, string> = {};
    if (opts.idempotent) headers['idempotency-key'] = `fuzz-${cases.length}`;
    if (opts.header) headers[opts.header[0]] = opts.header[1];
    if (opts.body !== undefined) headers['content-type'] = opts.type ?? 'application/json';
    cases.push({
      label: `${method.toUpperCase()} ${apiPath} ${label}`,
      path: `${fill(p)}${opts.query ? `?${opts.query}` : ''}`,
      params: p,
      init: { method: method.toUpperCase(), headers, ...(opts.body !== undefined ? { body: opts.body } : {}) },
    });
  };

  for (const name of params)
    for (const v of HOSTILE) add(`path ${name}=${JSON.stringify(v.slice(0, 20))}`, { params: { ...base, [name]: v } });
  for (const name of queryNames) {
    for (const v of [...HOSTILE, 'abc', '1.5', '-5', '99999999999999999999'])
      add(`query ${name}=${JSON.stringify(v.slice(0, 20))}`, { query: `${name}=${enc(v)}` });
    add(`query ${name} repeated`, { query: `${name}=1&${name}=2&${name}=x` });
  }
  for (const dict of sample(
    fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 40 })),
    8,
  ))
    add('query random', { query: new URLSearchParams(dict).toString() });
  add('query oversized', { query: `q=${'a'.repeat(70_000)}` });
  for (const [name, value] of HOSTILE_HEADERS) add(`header ${name}: ${value.slice(0, 20)}`, { header: [name, value] });

  const json = op.requestBody?.content['application/json'];
  if (json) {
    const schema = json.schema;
    const { names, required } = bodyProperties(schema, doc);
    for (const raw of BAD_JSON) add(`body ${JSON.stringify(raw)}`, { body: raw });
    for (const top of [[], 'x', 1, null, true]) add(`body ${JSON.stringify(top)}`, { body: JSON.stringify(top) });
    add('body {} (every field missing)', { body: '{}' });
    for (const missing of required) {
      const body = Object.fromEntries(names.filter((n) => n !== missing).map((n) => [n, 'x']));
      add(`body without ${missing}`, { body: JSON.stringify(body) });
    }
    for (const name of names) {
      for (const v of [...WRONG_VALUES, ...HOSTILE]) {
        add(`body ${name}=${JSON.stringify(v)?.slice(0, 20)}`, { body: JSON.stringify({ [name]: v }) });
      }
    }
    const shaped = fc.record(Object.fromEntries(names.map((n) => [n, fc.anything()])), { requiredKeys: [] });
    for (const body of sample(shaped, 25)) add('body random shape', { body: JSON.stringify(body) ?? '{}' });
    for (const body of sample(fc.jsonValue(), 10)) add('body random JSON', { body: JSON.stringify(body) });
    add('body oversized (> 64 KB)', { body: JSON.stringify({ [names[0] ?? 'x']: 'a'.repeat(70_000) }) });
    add('body deeply nested', { body: `${'['.repeat(10_000)}${']'.repeat(10_000)}` });
    add('body prototype pollution', {
      body: '{"__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}}}',
    });
    for (const body of sample(shaped, 10)) {
      add('body random shape with an Idempotency-Key', { body: JSON.stringify(body) ?? '{}', idempotent: true });
    }
    add('body as text/plain', { body: '{}', type: 'text/plain' });
    add('body form-encoded', { body: 'a=1&b=2', type: 'application/x-www-form-urlencoded' });
  }
  return cases;
}
