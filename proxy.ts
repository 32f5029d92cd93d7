import { NextResponse, type NextRequest } from 'next/server';
import { authActionOf } from '@/lib/http/auth-actions';
import { allowHeader, allows, apiRouteFor, type ApiMethod } from '@/lib/http/api-routes';
import { AppError } from '@/lib/http/errors';
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
 *   same HTML or payload as a navigation.
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
  return NextResponse.next();
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

/** No page route matches this address: Next renders app/global-not-found.tsx, with a 404. */
const NOT_FOUND_PATH = '/_aisle/not-found';

function page(request: NextRequest, malformed: boolean) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy({
    nonce,
    dev: process.env.NODE_ENV === 'development',
    tileUrl: process.env.NEXT_PUBLIC_MAP_TILE_URL,
  });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = malformed
    ? NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  rememberFirstMarket(request, response);
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
