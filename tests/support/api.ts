import type { SessionUser } from '@/lib/auth/schema';
import { API_FALLBACK, apiRouteFor } from '@/lib/http/api-routes';
import { DEVELOPMENT_POS_SECRET } from '@/lib/env';
import { signPosRequest } from '@/lib/pos/signature';
import { actingAs } from './acting';

/**
 * The API in process, as a browser or a till would call it: `api.get('/api/products')`,
 * `api.as(user).post('/api/cart/lines', line)`, `api.guest()` (a browser that keeps the cookies
 * the server sets), `api.till().post('/api/pos/orders', sale)` (signed like a till), `api.key(key)` (an
 * integration with an API key). The handler
 * is found from the path as Next finds it (lib/http/api-routes.ts), with its params.
 */

type Params = Record<string, string | string[]>;
type Handler = (request: Request, context: { params: Promise<Params> }) => Promise<Response>;
const modules = import.meta.glob<Record<string, Handler | undefined>>('/app/api/**/route.ts');

/** The JSON error every refusal carries (lib/http/errors.ts), with its extra fields. */
export type ApiError = { code: string; message: string; fields?: Record<string, string[]>; [extra: string]: unknown };
/** An answer: the status, the headers, and the body read as JSON (text when it is not JSON; null when empty). */
export type Answer<T = unknown> = { status: number; headers: Headers; body: T & { error?: ApiError } };

export type CallOptions = {
  headers?: Record<string, string>;
  idempotencyKey?: string;
  /** A cart version tag for If-Match. */
  ifMatch?: string;
  ifNoneMatch?: string;
  /** The client's address, as the proxy in front says it (X-Forwarded-For). */
  from?: string;
  /** The body as sent, instead of the JSON of `body` (a till signs these bytes; a stream is sent as it is pulled). */
  raw?: string | Uint8Array | ReadableStream<Uint8Array>;
  /** Till only: what the signature is made over, when it is not what is sent (a forger's). */
  signed?: string | Uint8Array;
};

/**
 * How a till signs: with `secret` (the retailer-wide development secret when absent, or a store's
 * own from `npm run pos:secret`), at `at` (unix seconds), naming `store` in X-Aisle-Store.
 */
export type TillOptions = { secret?: string; at?: number; store?: string };
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Setup = {
  user: SessionUser | null;
  /** A browser's cookies: kept from each answer and sent with each request. */
  jar: Map<string, string> | null;
  till: TillOptions | null;
  defaults: CallOptions;
};

export class ApiClient {
  constructor(private readonly setup: Setup) {}

  /** The same client, signed in as `user` (null: signed out). */
  as(user: SessionUser | null): ApiClient {
    return new ApiClient({ ...this.setup, user });
  }

  /**
   * A browser of its own: it sends back the cookies the server set (the bag's `aisle-cart`,
   * next-auth's, …), starting with `cookies` (`{ 'aisle-cart': token }` for a bag made in the database).
   */
  guest(cookies: Record<string, string> = {}): ApiClient {
    return new ApiClient({ ...this.setup, jar: new Map(Object.entries(cookies)) });
  }

  /** A staff console browser: sends the member's staff session cookie (tests/support/staff.ts makes one). */
  staff(member: { token: string }): ApiClient {
    return new ApiClient({ ...this.setup, jar: new Map([['aisle-staff', member.token]]) });
  }

  /** Signs every body as a store's POS does: with the shared secret, or a store's own (`{ secret, store? }`). */
  till(options: TillOptions = {}): ApiClient {
    return new ApiClient({ ...this.setup, till: options });
  }

  /** An integration: sends `key` as `Authorization: Bearer …` (tests/support/api-keys.ts makes one). */
  key(key: string): ApiClient {
    return this.with({ headers: { authorization: `Bearer ${key}` } });
  }

  /** The same client with options for every call (an address, headers). */
  with(defaults: CallOptions): ApiClient {
    const headers = { ...this.setup.defaults.headers, ...defaults.headers };
    return new ApiClient({ ...this.setup, defaults: { ...this.setup.defaults, ...defaults, headers } });
  }

  /** The browser's cookies (a guest's): name → value. */
  get cookies(): Map<string, string> {
    if (!this.setup.jar) throw new Error('Only a browser (api.guest()) keeps cookies');
    return this.setup.jar;
  }

  get<T = unknown>(path: string, options?: CallOptions) {
    return this.call<T>('GET', path, undefined, options);
  }
  post<T = unknown>(path: string, body?: unknown, options?: CallOptions) {
    return this.call<T>('POST', path, body, options);
  }
  put<T = unknown>(path: string, body?: unknown, options?: CallOptions) {
    return this.call<T>('PUT', path, body, options);
  }
  patch<T = unknown>(path: string, body?: unknown, options?: CallOptions) {
    return this.call<T>('PATCH', path, body, options);
  }
  delete<T = unknown>(path: string, body?: unknown, options?: CallOptions) {
    return this.call<T>('DELETE', path, body, options);
  }

  /** Any method; the answer as the handler's own Response (for bytes, streams, raw Set-Cookie). */
  async send(method: Method, path: string, body?: unknown, options: CallOptions = {}): Promise<Response> {
    const url = new URL(path, 'http://aisle.test');
    const { handler, params } = await handlerFor(method, url.pathname);
    const request = this.request(method, url, body, options);
    const response = await actingAs(this.setup.user, () => handler(request, { params: Promise.resolve(params) }));
    if (this.setup.jar) keepCookies(this.setup.jar, response);
    return response;
  }

  async call<T>(method: Method, path: string, body?: unknown, options?: CallOptions): Promise<Answer<T>> {
    const response = await this.send(method, path, body, options);
    const text = await response.text();
    const json = (response.headers.get('content-type') ?? '').includes('json');
    return {
      status: response.status,
      headers: response.headers,
      body: (text === '' ? null : json ? JSON.parse(text) : text) as Answer<T>['body'],
    };
  }

  private request(method: Method, url: URL, body: unknown, options: CallOptions): Request {
    const o = { ...this.setup.defaults, ...options };
    const headers = new Headers();
    let payload = o.raw;
    if (payload === undefined && body instanceof URLSearchParams) {
      headers.set('content-type', 'application/x-www-form-urlencoded');
      payload = body.toString();
    } else if (payload === undefined && body !== undefined) {
      payload = JSON.stringify(body);
    }
    if (payload !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
    if (this.setup.till && payload !== undefined && !(payload instanceof ReadableStream)) {
      const at = this.setup.till.at ?? Math.floor(Date.now() / 1000);
      const secret = this.setup.till.secret ?? DEVELOPMENT_POS_SECRET;
      headers.set('x-aisle-timestamp', String(at));
      headers.set('x-aisle-signature', signPosRequest(secret, at, o.signed ?? payload));
      if (this.setup.till.store) headers.set('x-aisle-store', this.setup.till.store);
    }
    if (this.setup.jar?.size) {
      headers.set('cookie', [...this.setup.jar].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    if (o.idempotencyKey) headers.set('idempotency-key', o.idempotencyKey);
    if (o.ifMatch) headers.set('if-match', o.ifMatch);
    if (o.ifNoneMatch) headers.set('if-none-match', o.ifNoneMatch);
    if (o.from) headers.set('x-forwarded-for', o.from);
    this.addHeaders(headers, options);
    const stream = payload instanceof ReadableStream;
    return new Request(url, {
      method,
      headers,
      body: payload instanceof Uint8Array ? new Uint8Array(payload) : payload,
      // A stream is sent as it is pulled, as a slow or endless upload would be.
      ...(stream && { duplex: 'half' }),
    } as RequestInit);
  }

  /** The test's own headers, last: over the client's; a cookie header after the browser's cookies. */
  private addHeaders(headers: Headers, options: CallOptions): void {
    for (const [name, value] of Object.entries({ ...this.setup.defaults.headers, ...options.headers })) {
      if (name.toLowerCase() === 'cookie' && headers.has('cookie'))
        headers.set('cookie', `${headers.get('cookie')}; ${value}`);
      else headers.set(name, value);
    }
  }
}

/** Anyone, signed out, with no cookies; `api.as(user)`, `api.guest()` and `api.till()` derive from it. */
export const api = new ApiClient({ user: null, jar: null, till: null, defaults: {} });

/** The value of the guest bag's cookie an answer sets (`aisle-cart`, or `__Host-aisle-cart` over HTTPS). */
export function cartCookieOf(answer: { headers: Headers }): string | undefined {
  return /aisle-cart=([^;]+)/.exec(answer.headers.get('set-cookie') ?? '')?.[1];
}

/** The cookies (name=value, no attributes) an answer sets with a value. */
export function cookiesSetBy(answer: { headers: Headers }): string {
  return answer.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .filter((c) => !c.endsWith('='))
    .join('; ');
}

async function handlerFor(method: Method, pathname: string): Promise<{ handler: Handler; params: Params }> {
  const pattern = apiRouteFor(pathname)?.pattern ?? API_FALLBACK;
  const load = modules[`/app${pattern}/route.ts`];
  if (!load) throw new Error(`No route module for ${pattern}`);
  const handler = (await load())[method];
  if (!handler) throw new Error(`${pattern} exports no ${method}`);
  return { handler, params: paramsOf(pattern, pathname) };
}

/** The dynamic segments of `pattern` in `pathname`, decoded as Next decodes them. */
function paramsOf(pattern: string, pathname: string): Params {
  const parts = pathname.split('/').filter(Boolean);
  const params: Params = {};
  pattern
    .split('/')
    .filter(Boolean)
    .forEach((segment, i) => {
      const catchAll = /^\[\.\.\.(\w+)\]$/.exec(segment);
      const one = /^\[(\w+)\]$/.exec(segment);
      if (catchAll) params[catchAll[1]!] = parts.slice(i).map(decodeURIComponent);
      else if (one) params[one[1]!] = decodeURIComponent(parts[i]!);
    });
  return params;
}

function keepCookies(jar: Map<string, string>, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair, ...attributes] = line.split(';');
    const at = pair!.indexOf('=');
    const name = pair!.slice(0, at).trim();
    const value = pair!.slice(at + 1).trim();
    const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
    if (value === '' || expired) jar.delete(name);
    else jar.set(name, value);
  }
}
