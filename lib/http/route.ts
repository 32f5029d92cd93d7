import 'server-only';
import type { z } from 'zod';
import { AppError, fromZodError, retryAfter, type ErrorBody } from './errors';
import { readBodyText } from './read-body';
import { ndjsonLines, type NdjsonLine } from './ndjson';
import { assertStorableText } from './storable-text';

export { assertStorableText };
import type { Db } from '@/lib/db';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import { clientAddress } from './client-address';
import { openRequestContext, type RequestContext } from './request-context';
import { acceptedAuths, type Auth, type Operation, type OperationInput } from './operation';
import { resolveCaller } from './route-auth';

export { MAX_BODY_BYTES } from './read-body';

export const CACHE = {
  /** Anything that depends on who asks. */
  private: 'private, no-store',
  /** Catalog reads that every shopper sees alike. */
  public: 'public, max-age=0, s-maxage=60, stale-while-revalidate=300',
} as const;

type Params = Record<string, string | string[] | undefined>;
type NextCtx = { params: Promise<Params> };

export type RouteInput<Q, B, P, A extends Auth = Auth, D extends false | undefined = undefined> = Omit<
  RequestContext<A>,
  'db'
> & {
  db: D extends false ? undefined : Db;
  query: Q extends z.ZodType ? z.infer<Q> : undefined;
  body: B extends z.ZodType ? z.infer<B> : undefined;
  params: P extends z.ZodType ? z.infer<P> : undefined;
  /** An `ndjson` operation's body, line by line (see `linesOf`). */
  lines?: AsyncIterable<NdjsonLine>;
};

/** The NDJSON body of an operation that declares `ndjson`. */
export function linesOf(input: { lines?: AsyncIterable<NdjsonLine> }): AsyncIterable<NdjsonLine> {
  if (!input.lines) throw new Error('This operation declares no NDJSON body');
  return input.lines;
}

/** A route handler as Next calls it, carrying the operation it serves (the document lists the same object). */
export type RouteHandler = ((request: Request, nextCtx: NextCtx) => Promise<Response>) & {
  readonly operation: Operation;
};

/** What the pipeline itself reads of an operation. */
type Pipeline = Pick<
  Operation,
  'auth' | 'signIn' | 'query' | 'body' | 'ndjson' | 'params' | 'cache' | 'db' | 'maxBodyBytes'
>;

export { clientAddress };
export type { RequestContext };

/** Repeated keys become arrays (`size=M&size=L`), single keys stay strings. */
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? (all[0] as string) : all;
  }
  return out;
}

async function readJson(request: Request, limit?: number): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new AppError('unsupported_media_type', 'Send the body as application/json');
  }
  const text = await readBodyText(request, limit);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('invalid_json', 'The body is not valid JSON');
  }
}

/**
 * An NDJSON body, checked at the edge as a JSON one is (its type, its declared size) before
 * anything runs, then read lazily as the handler asks for lines: each line's text is checked as
 * a JSON body's is, and a bad line becomes that line's error.
 */
function readNdjson(request: Request, spec: NonNullable<Operation['ndjson']>): AsyncIterable<NdjsonLine> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/x-ndjson\b/i.test(type)) {
    throw new AppError('unsupported_media_type', 'Send the body as application/x-ndjson, one JSON object a line');
  }
  if (Number(request.headers.get('content-length') ?? '0') > spec.maxBytes) {
    throw new AppError('payload_too_large', `The body is larger than ${spec.maxBytes} bytes`);
  }
  return ndjsonLines(request.body ?? new ReadableStream(), spec, (value) => assertStorableText(value, 'body'));
}

/**
 * Route handlers get no CSRF protection from Next.js, and our mutations are cookie-
 * authenticated: a browser's cross-site write is refused. Clients that are not browsers
 * (POS, scripts) send no Origin and carry none of our cookies.
 */
function assertSameOrigin(request: Request): void {
  if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return;
  if (request.headers.get('sec-fetch-site') === 'cross-site') {
    throw new AppError('cross_site_request', 'Cross-site requests may not change anything');
  }
  const origin = request.headers.get('origin');
  if (!origin) return;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? new URL(request.url).host;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = '';
  }
  if (originHost !== host) throw new AppError('cross_site_request', 'Cross-site requests may not change anything');
}

/** The driver's or PostgreSQL's error code, also when Drizzle wraps the error. */
function errorCode(error: unknown): string {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  return String(e?.code ?? e?.cause?.code ?? '');
}

/**
 * The JSON error answer for anything a handler threw (outside `route`, too). `extra` adds
 * members beside `error`, for a client that reads one (next-auth's `url`).
 */
export function toErrorResponse(error: unknown, extra: Record<string, unknown> = {}): Response {
  let appError: AppError;
  const code = errorCode(error);
  if (error instanceof AppError) {
    appError = error;
  } else if (isDatabaseUnavailable(error)) {
    appError = new AppError('service_unavailable', 'The store is briefly unavailable; try again shortly', {
      headers: retryAfter(5),
    });
  } else if (code.startsWith('22') || code.startsWith('54')) {
    // A data exception or a limit (a value out of range, text it cannot take): the request's
    // fault, caught by the database after the schemas let it through. The transaction rolled back.
    console.warn('[api] input refused by the database', code);
    appError = new AppError('invalid_request', 'The request holds a value the store cannot take');
  } else {
    console.error('[api] unhandled error', error);
    appError = new AppError('internal_error', 'Something went wrong on our side');
  }
  const headers = { ...appError.headers, 'cache-control': CACHE.private };
  return Response.json({ ...extra, ...(appError.toBody() satisfies ErrorBody) }, { status: appError.status, headers });
}

/** The request pipeline every route shares; the handler gets the context. */
function serve(spec: Pipeline, handler: (input: never) => Promise<Response | object>) {
  const admitted = acceptedAuths(spec);
  return async (request: Request, nextCtx: NextCtx): Promise<Response> => {
    try {
      assertSameOrigin(request);
      const parse = (schema: z.ZodType | undefined, value: unknown, where: 'query' | 'body' | 'params') => {
        if (!schema) return undefined;
        assertStorableText(value, where);
        const result = schema.safeParse(value);
        if (!result.success) throw fromZodError(result.error, where);
        return result.data;
      };
      const params = parse(spec.params, nextCtx ? await nextCtx.params : {}, 'params');
      const query = parse(spec.query, searchParamsToObject(new URL(request.url).searchParams), 'query');
      const body = spec.body ? parse(spec.body, await readJson(request, spec.maxBodyBytes), 'body') : undefined;
      const lines = spec.ndjson ? readNdjson(request, spec.ndjson) : undefined;
      const { db, now, env } = await openRequestContext(request, { db: spec.db !== false });
      const auth =
        typeof spec.auth === 'string'
          ? spec.auth
          : spec.auth.of({ query, body, params } as OperationInput<never, never, never>);
      // Fails closed: an input-dependent auth may pick only what the operation declares.
      if (auth === 'till' || !admitted.includes(auth))
        throw new Error(`Auth '${auth}' is not one the operation declares`);
      const caller = await resolveCaller({ auth, signIn: spec.signIn }, { db, headers: request.headers, env, now });
      const result = await handler({ params, query, body, lines, request, db, now, env, caller } as never);
      const response = result instanceof Response ? result : Response.json(result);
      if (!response.headers.has('cache-control')) {
        response.headers.set('cache-control', CACHE[spec.cache ?? 'private']);
      }
      // A shared cache keeps one answer per language: catalog text comes in the request's locale.
      if (spec.cache === 'public' && !response.headers.has('vary'))
        response.headers.set('vary', 'Accept-Language, Cookie');
      return response;
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

/** The handler Next calls, carrying its operation: the OpenAPI document and a unit test read it from there. */
export function servesOperation(
  operation: Operation,
  handler: (request: Request, nextCtx: NextCtx) => Promise<Response>,
): RouteHandler {
  return Object.assign(handler, { operation });
}

/**
 * Every BFF handler goes through here, with its operation (lib/<domain>/contract.ts): it
 * validates params, query and body with the operation's zod schemas, builds the request's
 * context (database, clock, settings, caller) once, refuses callers the operation's `auth` does
 * not admit, maps errors to the JSON error shape, and sets caching (private unless declared
 * public). The handler it returns carries the operation, which is what the document lists.
 */
export function route<
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  P extends z.ZodObject | undefined = undefined,
  A extends Auth = Auth,
  D extends false | undefined = undefined,
>(
  operation: Operation<Q, B, P, A, D>,
  handler: (input: RouteInput<Q, B, P, A, D>) => Promise<Response | object>,
): RouteHandler {
  // A till's operation is signed, not looked up: signedPosRoute serves it.
  if (acceptedAuths(operation).includes('till'))
    throw new Error(`${operation.path} is a till route: use signedPosRoute`);
  return servesOperation(operation, serve(operation, handler));
}

/**
 * app/api/[...path] alone: the JSON 404 for an address no operation has, through the same
 * pipeline (so a cross-site write still meets the same refusal first). Nothing documents it.
 */
export function unmatchedRoute(handler: () => Promise<Response | object>) {
  return serve({ auth: 'none', db: false }, handler);
}

/** The pipeline with the database opened late, for a wrapper that checks something first (signedPosRoute). */
export function serveWithoutDb<P extends z.ZodObject | undefined>(
  spec: { params?: P; cache?: Operation['cache'] },
  handler: (input: RouteInput<undefined, undefined, P, 'none', false>) => Promise<Response | object>,
) {
  return serve({ auth: 'none', db: false, params: spec.params, cache: spec.cache }, handler);
}
