/**
 * Which methods each route under app/api exports, for proxy.ts: Next answers a method a route
 * does not export with an empty 405, and methods it does not know with an empty 400, before any
 * of our code runs. tests/integration/api-routes.test.ts compares this table with the modules'
 * real exports, so a route added without its row fails there.
 */
export const API_ROUTES: Readonly<Record<string, readonly ApiMethod[]>> = {
  '/api/account': ['DELETE'],
  '/api/account/addresses': ['GET', 'POST'],
  '/api/account/addresses/[id]': ['PUT', 'DELETE'],
  '/api/account/export': ['GET'],
  '/api/account/password': ['PUT'],
  '/api/account/password-reset': ['POST'],
  '/api/account/password-reset/confirm': ['POST'],
  '/api/account/phone': ['DELETE'],
  '/api/account/phone/start': ['POST'],
  '/api/account/phone/verify': ['POST'],
  '/api/account/profile': ['PATCH'],
  '/api/account/signup': ['POST'],
  '/api/auth/[...nextauth]': ['GET', 'POST'],
  '/api/availability': ['GET'],
  '/api/back-in-stock': ['POST'],
  '/api/cart': ['GET'],
  '/api/cart/events': ['GET'],
  '/api/cart/handoffs': ['POST'],
  '/api/cart/lines': ['POST'],
  '/api/cart/lines/[lineId]': ['PATCH', 'DELETE'],
  '/api/cart/market': ['PUT'],
  '/api/cart/notices': ['DELETE'],
  '/api/cart/offer-code': ['POST', 'DELETE'],
  '/api/cart/pickup-store': ['PUT'],
  '/api/categories': ['GET'],
  '/api/checkout': ['POST'],
  '/api/dev/outbox': ['GET'],
  '/api/dev/stock': ['POST'],
  '/api/health': ['GET'],
  '/api/integrations/locations/[location]/safety-stock': ['PUT'],
  '/api/integrations/orders': ['GET'],
  '/api/integrations/products/[handle]': ['PUT'],
  '/api/integrations/products/bulk': ['POST'],
  '/api/integrations/stock': ['POST'],
  '/api/integrations/stores/[code]': ['PUT'],
  '/api/integrations/webhooks': ['GET', 'POST'],
  '/api/integrations/webhooks/[id]': ['DELETE'],
  '/api/integrations/webhooks/[id]/deliveries': ['GET'],
  '/api/integrations/webhooks/[id]/deliveries/[deliveryId]/resend': ['POST'],
  '/api/markets': ['GET'],
  '/api/offers': ['GET'],
  '/api/openapi.json': ['GET'],
  '/api/orders': ['GET'],
  '/api/orders/[id]': ['GET'],
  '/api/orders/[id]/buy-again': ['POST'],
  '/api/orders/[id]/cancel': ['POST'],
  '/api/orders/lookup': ['GET'],
  '/api/pos/offers/redeem': ['POST'],
  '/api/pos/orders': ['POST'],
  '/api/pos/pickups/[orderId]/collected': ['POST'],
  '/api/pos/pickups/[orderId]/ready': ['POST'],
  '/api/product-cards': ['GET'],
  '/api/products': ['GET'],
  '/api/products/[handle]': ['GET'],
  '/api/staff/audit': ['GET'],
  '/api/staff/members': ['GET', 'POST'],
  '/api/staff/members/[staffId]': ['DELETE'],
  '/api/staff/members/[staffId]/sessions': ['GET'],
  '/api/staff/members/[staffId]/sessions/[sessionId]': ['DELETE'],
  '/api/staff/offers': ['GET', 'POST'],
  '/api/staff/offers/[id]': ['GET', 'PATCH'],
  '/api/staff/offers/[id]/end': ['POST'],
  '/api/staff/password': ['POST'],
  '/api/staff/session': ['GET', 'POST', 'DELETE'],
  '/api/staff/totp': ['POST'],
  '/api/staff/totp/confirm': ['POST'],
  '/api/staff/pickups/[orderId]/collected': ['POST'],
  '/api/staff/pickups/[orderId]/ready': ['POST'],
  '/api/staff/stores/[storeId]/counts': ['GET', 'POST'],
  '/api/staff/stores/[storeId]/pickups': ['GET'],
  '/api/staff/endless-aisle': ['POST'],
  '/api/staff/stores/[storeId]/endless-aisle': ['GET'],
  '/api/stores': ['GET'],
  '/api/suggestions': ['GET'],
  '/api/wishlist': ['GET'],
  '/api/wishlist/items/[productId]': ['PUT', 'DELETE'],
  '/api/wishlist/merge': ['POST'],
  // The benchmark's do-nothing ceiling (app/api/bench/ping/route.bench.ts) is in its build alone.
  ...(process.env.AISLE_BENCH_BUILD === '1' && { '/api/bench/ping': ['GET'] }),
};

/** The methods a route handler may export (Next's own list). */
export const API_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;
export type ApiMethod = (typeof API_METHODS)[number];

/** app/api/[...path]: the JSON 404 for every other address. */
export const API_FALLBACK = '/api/[...path]';

type Segment = { kind: 0 | 1 | 2; text: string };
const RANKED = Object.entries(API_ROUTES).map(([pattern, methods]) => ({
  pattern,
  methods,
  segments: pattern
    .split('/')
    .filter(Boolean)
    .map((s): Segment => ({ kind: s.startsWith('[...') ? 2 : s.startsWith('[') ? 1 : 0, text: s })),
}));

function matches(segments: Segment[], parts: string[]): boolean {
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (s.kind === 2) return parts.length > i;
    if (i >= parts.length || (s.kind === 0 && s.text !== parts[i])) return false;
  }
  return parts.length === segments.length;
}

/** Static segments win over dynamic ones, and those over catch-alls, left to right: Next's order. */
function moreSpecific(a: Segment[], b: Segment[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i]!.kind !== b[i]!.kind) return a[i]!.kind < b[i]!.kind;
  }
  return a.length > b.length;
}

/** The route Next would run for a (raw) pathname under /api, or null for the fallback's 404. */
export function apiRouteFor(pathname: string): { pattern: string; methods: readonly ApiMethod[] } | null {
  const parts = pathname.split('/').filter(Boolean);
  let best: (typeof RANKED)[number] | null = null;
  for (const route of RANKED) {
    if (matches(route.segments, parts) && (!best || moreSpecific(route.segments, best.segments))) best = route;
  }
  return best && { pattern: best.pattern, methods: best.methods };
}

/** The `Allow` header Next itself sends for OPTIONS: HEAD with GET, OPTIONS always. */
export function allowHeader(methods: readonly ApiMethod[]): string {
  const allowed = new Set<string>([...methods, 'OPTIONS']);
  if (allowed.has('GET')) allowed.add('HEAD');
  return [...allowed].sort().join(', ');
}

/** Whether a route answers the method: HEAD through GET, OPTIONS by Next. */
export function allows(methods: readonly ApiMethod[], method: string): boolean {
  if (method === 'OPTIONS') return true;
  if (method === 'HEAD') return methods.includes('GET') || methods.includes('HEAD');
  return (methods as readonly string[]).includes(method);
}
