import { createHash, randomBytes } from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';
import { authActionOf } from '@/lib/http/auth-actions';
import { allowHeader, allows, apiRouteFor, type ApiMethod } from '@/lib/http/api-routes';
import { AppError } from '@/lib/http/errors';
import { LOCALE_HEADER } from '@/lib/i18n/locale-path';
import { routeLocale } from '@/lib/i18n/locale-route';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from '@/lib/i18n/translate';
import { MARKET_COOKIE, marketCookie, resolveMarket } from '@/lib/markets/resolve-market';
import { contentSecurityPolicy } from '@/lib/security/csp';

/**
 * Every request but static files passes here first, so that what Next would answer itself, as a
 * bare 500, 405 or 400 without our headers, is answered in our shape instead:
 * - a path that is not valid percent-encoded UTF-8 (`/p/%FF`) makes Next's router throw while it
 *   decodes route params; the API answers a JSON 404, pages the storefront's not-found page;
 * - a method an API route does not export, or a next-auth action that does not exist, is a JSON
 *   405 (with `Allow`) or 404;
 * - pages get a nonce for the Content-Security-Policy, router prefetches too: they carry the
 *   same HTML or payload as a navigation;
 * - a page address's locale prefix (`/ko/p/x`) is taken off and handed to the app as the
 *   `x-aisle-locale` request header (lib/i18n/locale-route.ts decides, and when a first visit
 *   is redirected to the shopper's locale); a client's own header of that name never gets through.
 * Authorisation is never decided here: every handler checks its caller itself.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const malformed = !decodes(pathname);
  if (pathname === '/api' || pathname.startsWith('/api/')) return api(request, pathname, malformed);
  if (pathname.startsWith('/media/')) return media(request, malformed);
  return page(request, malformed);
}

function api(request: NextRequest, pathname: string, malformed: boolean) {
  if (malformed) return apiError(new AppError('not_found', 'No such API route'));
  const route = apiRouteFor(pathname);
  if (!route) return apiError(new AppError('not_found', 'No such API route'));
  let methods = route.methods;
  if (route.pattern === '/api/auth/[...nextauth]') {
    const action = authActionOf(pathname);
    if (!action.known) return apiError(new AppError('not_found', 'No such sign-in action'));
    methods = action.methods;
  }
  if (!allows(methods, request.method)) return methodNotAllowed(methods);
  return NextResponse.next({ request: { headers: withApiLocale(request.headers) } });
}

/**
 * The API has one address per route: our pages say which locale they are in with the same header
 * (lib/http/client-fetch.ts), a caller's statement like the cookie, so only a locale name passes.
 */
function withApiLocale(incoming: Headers): Headers {
  const headers = new Headers(incoming);
  const stated = headers.get(LOCALE_HEADER);
  if (stated !== null && !isLocale(stated)) headers.delete(LOCALE_HEADER);
  return headers;
}

function apiError(error: AppError, headers: Record<string, string> = {}) {
  return NextResponse.json(error.toBody(), {
    status: error.status,
    headers: { 'cache-control': 'private, no-store', ...headers },
  });
}

function methodNotAllowed(methods: readonly ApiMethod[]) {
  const allow = allowHeader(methods);
  return apiError(new AppError('method_not_allowed', `This address answers ${allow}`), { allow });
}

/** Images are not pages: a plain 404, not the storefront shell. */
function media(request: NextRequest, malformed: boolean) {
  if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
    return new NextResponse('Method not allowed\n', { status: 405, headers: plainHeaders({ allow: 'GET, HEAD' }) });
  }
  if (malformed) return new NextResponse('Not found\n', { status: 404, headers: plainHeaders() });
  return NextResponse.next();
}

function plainHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'content-type': 'text/plain; charset=utf-8',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'cache-control': 'public, max-age=60',
    ...extra,
  };
}

/**
 * Next sends a rewrite whose URL names another host than the one it listens as (behind a custom
 * server started with `-H`, the proxy's URL says `localhost`) through an HTTP proxy back to this
 * server, so the page passes here a second time. The rewrites below name the origin the server
 * gave Next (`AISLE_SERVER_ORIGIN`, set by server/start.mjs), which Next serves in-process.
 * Should a second pass still happen, it must keep what the first decided (the locale of
 * `/ko/p/x`, now at `/p/x`) instead of stripping it as a client's: the first marks it with this
 * secret, which no client can know.
 */
const PASS_HEADER = 'x-aisle-proxy-pass';
const PASS_TOKEN = createHash('sha256')
  .update(`aisle-proxy-pass:${process.env.AUTH_SECRET ?? randomBytes(32).toString('hex')}`)
  .digest('base64url');

/** No page route matches this address: Next renders app/global-not-found.tsx, with a 404. */
const NOT_FOUND_PATH = '/_aisle/not-found';

function page(request: NextRequest, malformed: boolean) {
  if (request.headers.get(PASS_HEADER) === PASS_TOKEN) return secondPass(request);
  const route = routeLocale({
    method: request.method,
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
    cookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get('accept-language'),
    fetchMode: request.headers.get('sec-fetch-mode'),
  });
  if (route.kind === 'redirect') {
    const response = NextResponse.redirect(new URL(route.to, request.url), route.status);
    response.headers.set('vary', 'Cookie, Accept-Language');
    response.headers.set('cache-control', 'private, no-store');
    rememberFirstMarket(request, response);
    return response;
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy({
    nonce,
    dev: process.env.NODE_ENV === 'development',
    tileUrl: process.env.NEXT_PUBLIC_MAP_TILE_URL,
  });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  // Only the proxy names a page's locale: whatever a client sent under this name is dropped.
  headers.delete(LOCALE_HEADER);
  if (route.locale) headers.set(LOCALE_HEADER, route.locale);
  headers.delete(PASS_HEADER);
  let response: NextResponse;
  if (malformed || route.kind === 'not_found') {
    headers.set(PASS_HEADER, PASS_TOKEN);
    response = NextResponse.rewrite(ownUrl(NOT_FOUND_PATH, request), { request: { headers } });
  } else if (route.path !== request.nextUrl.pathname) {
    headers.set(PASS_HEADER, PASS_TOKEN);
    response = NextResponse.rewrite(ownUrl(route.path + request.nextUrl.search, request), { request: { headers } });
  } else {
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set('content-security-policy', policy);
  rememberFirstMarket(request, response);
  // An unprefixed address answers a first visit by redirecting it (above): it varies on both.
  if (route.kind === 'serve' && route.locale === DEFAULT_LOCALE)
    response.headers.set('vary', 'Cookie, Accept-Language');
  return response;
}

/** `path` at the origin Next serves without a second pass through the proxy. */
function ownUrl(path: string, request: NextRequest): URL {
  return new URL(path, process.env.AISLE_SERVER_ORIGIN ?? request.url);
}

/** Our own rewrite, back through the proxy: decided on the first pass, nonce and locale included. */
function secondPass(request: NextRequest) {
  const response = NextResponse.next();
  const policy = request.headers.get('content-security-policy');
  if (policy) response.headers.set('content-security-policy', policy);
  return response;
}

/**
 * The first visit's market (the CDN's country, else the browser's languages) is kept in a cookie
 * at once, so the shopper's prices do not move between pages before a bag holds the market.
 */
function rememberFirstMarket(request: NextRequest, response: NextResponse) {
  if (request.cookies.has(MARKET_COOKIE)) return;
  const countryHeader = process.env.AISLE_GEO_COUNTRY_HEADER?.trim().toLowerCase();
  const market = resolveMarket({
    country: countryHeader ? request.headers.get(countryHeader) : null,
    acceptLanguage: request.headers.get('accept-language'),
  });
  const secure = process.env.NODE_ENV === 'production' && (process.env.AISLE_PUBLIC_URL ?? '').startsWith('https://');
  response.headers.append('set-cookie', marketCookie(market, secure));
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  // Everything but the build's static files and the public folder's, which need none of this.
  matcher: [
    '/((?!_next/static|_next/image|icons/|screenshots/|sw.js|manifest.webmanifest|robots.txt|sitemap.xml|favicon.ico).*)',
  ],
};
