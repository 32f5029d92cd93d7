import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';

export type ApiFigure = {
  name: string;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  connections: number;
  /** req/s over the trivial handler's at the same number of connections, in the same run. */
  ratio?: number;
};

type Target = {
  name: string;
  path: string;
  method?: 'GET' | 'POST' | 'PATCH';
  body?: () => string;
  headers?: () => Record<string, string>;
  /** Bounded by count instead of time, for writes that use up something (carts to check out). */
  amount?: number;
  connections?: number;
  /** Each request's own path (a line of one of several bags), instead of `path`. */
  pathOf?: () => string;
  /** A conditional read: its 304s are answers, not errors. */
  notModified?: boolean;
};

/** Answers of any status but 304. */
const otherThan304 = (result: autocannon.Result) =>
  Object.entries(result.statusCodeStats as Record<string, { count: number }>)
    .filter(([status]) => status !== '304')
    .reduce((n, [, s]) => n + s.count, 0);

async function run(base: string, t: Target, seconds: number, connections: number): Promise<ApiFigure> {
  const result = await autocannon({
    url: `${base}${t.path}`,
    method: t.method ?? 'GET',
    connections: t.connections ?? connections,
    ...(t.amount ? { amount: t.amount } : { duration: seconds }),
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          ...(t.pathOf ? { path: t.pathOf() } : {}),
          headers: { ...req.headers, 'content-type': 'application/json', ...(t.headers?.() ?? {}) },
          ...(t.body ? { body: t.body() } : {}),
        }),
      },
    ],
  });
  return {
    name: t.name,
    connections: t.connections ?? connections,
    // A run bounded by count ends inside a second: autocannon's per-second average would count
    // that part-second as a whole one, so the rate is the answers over the run's own time.
    reqPerSec: Math.round(t.amount ? result.requests.total / result.duration : result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    // A conditional read's answers are 304s: a 200 there (a tag the server no longer honours) is
    // a full read measured under the wrong name, so it counts as an error too.
    errors: t.notModified
      ? result.errors + result.timeouts + otherThan304(result)
      : result.errors + result.timeouts + result.non2xx,
  };
}

/** Checkout runs at 8 connections and at 32, each on bags of its own. */
const CHECKOUT_CONNECTIONS = 8;
const WIDE_CHECKOUT_CONNECTIONS = 32;
const CHECKOUT_BAGS = 200;

async function json<T>(base: string, path: string, init?: RequestInit): Promise<{ body: T; headers: Headers }> {
  const response = await fetch(`${base}${path}`, init);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return { body: (await response.json()) as T, headers: response.headers };
}

/**
 * Throughput and latency of the BFF on loopback, each read against the do-nothing handler at
 * the same number of connections (`connections` for every route but checkout, which runs 8 and 32).
 */
export async function benchApi(
  base: string,
  seconds: number,
  connections: number,
  { cartOnly = false }: { cartOnly?: boolean } = {},
): Promise<ApiFigure[]> {
  const product = (await json<{ id: string; variants: { id: string }[] }>(base, '/api/products/heavy-canvas-tote'))
    .body;
  const variantId = product.variants[0]!.id;
  // A guest bag to read, and guest bags (one item each) to check out.
  const addFor = async (cookie?: string) =>
    json<{ id: string }>(base, '/api/cart/lines', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ variantId, quantity: 1, fulfillment: { type: 'ship' } }),
    });
  const cookieOf = (h: Headers) => (h.get('set-cookie') ?? '').split(';')[0]!;
  const readCookie = cookieOf((await addFor()).headers);
  // Variants the warehouse has units of, and how many: each bag to check out holds one unit.
  const inStock: { id: string; left: number }[] = [];
  const listing = await json<{ items: { handle: string }[] }>(base, '/api/products?limit=48');
  for (const item of listing.body.items) {
    const detail = (await json<{ variants: { id: string }[] }>(base, `/api/products/${item.handle}`)).body;
    for (const v of detail.variants.slice(0, 3)) {
      const avail = (await json<{ ship: { available: number } }>(base, `/api/availability?variantId=${v.id}`)).body;
      if (avail.ship.available >= 1) inStock.push({ id: v.id, left: Math.min(avail.ship.available, 4) });
    }
    if (inStock.reduce((n, v) => n + v.left, 0) >= 2 * CHECKOUT_BAGS + 16) break;
  }
  /** `count` guest bags of one unit each (a variant at a time, within its stock); their cookies and lines. */
  const bagsOf = async (count: number) => {
    const bags: { cookie: string; lineId: string }[] = [];
    for (const v of inStock) {
      while (v.left > 0 && bags.length < count) {
        v.left--;
        const added = await fetch(`${base}/api/cart/lines`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ variantId: v.id, quantity: 1, fulfillment: { type: 'ship' } }),
        });
        const cart = (await added.json()) as { lines?: { id: string }[] };
        if (added.ok) bags.push({ cookie: cookieOf(added.headers), lineId: cart.lines![0]!.id });
      }
    }
    return bags;
  };
  const checkoutCarts = (await bagsOf(CHECKOUT_BAGS)).map((b) => b.cookie);
  const wideCheckoutCarts = (await bagsOf(CHECKOUT_BAGS)).map((b) => b.cookie);
  // Bags to change, one per connection (a bag's writes queue on its row lock, as one shopper's would).
  const patchBags = await bagsOf(connections);
  // The read bag's ETag, for the conditional poll every open page makes.
  const readEtag = (await json(base, '/api/cart', { headers: { cookie: readCookie } })).headers.get('etag')!;
  let next = 0;
  let nextWide = 0;
  let nextPatch = 0;
  // A shopper of its own per order: one e-mail may hold only so much unpaid stock (the test card).
  let shopper = 0;
  const checkoutBody = () =>
    JSON.stringify({
      contact: { email: `bench-${++shopper}@example.com` },
      payment: { method: 'test_card', cardNumber: '4242 4242 4242 4242' },
      shippingAddress: { name: 'Bench', line1: '1 Test-ro', city: 'Seoul', postalCode: '04782', country: 'KR' },
    });
  const targets: Target[] = [
    { name: 'trivial handler (ceiling)', path: '/api/bench/ping' },
    {
      name: `trivial handler (ceiling, ${CHECKOUT_CONNECTIONS} connections)`,
      path: '/api/bench/ping',
      connections: CHECKOUT_CONNECTIONS,
    },
    { name: 'GET /api/products/{handle}', path: '/api/products/heavy-canvas-tote' },
    { name: 'GET /api/products?category', path: '/api/products?category=outerwear' },
    { name: 'GET /api/availability', path: `/api/availability?variantId=${variantId}&lat=37.55&lng=127.05` },
    // The wide checkout's ceiling, unless the routes already run at its connections.
    ...(connections === WIDE_CHECKOUT_CONNECTIONS
      ? []
      : [
          {
            name: `trivial handler (ceiling, ${WIDE_CHECKOUT_CONNECTIONS} connections)`,
            path: '/api/bench/ping',
            connections: WIDE_CHECKOUT_CONNECTIONS,
          },
        ]),
    { name: 'GET /api/cart', path: '/api/cart', headers: () => ({ cookie: readCookie }) },
    {
      name: 'GET /api/cart (If-None-Match: 304)',
      path: '/api/cart',
      headers: () => ({ cookie: readCookie, 'if-none-match': readEtag }),
      notModified: true,
    },
    {
      name: 'PATCH /api/cart/lines/{id} (existing bag)',
      path: '/api/cart/lines',
      method: 'PATCH',
      pathOf: () => `/api/cart/lines/${patchBags[nextPatch % patchBags.length]!.lineId}`,
      // The quantity it has (its stock may hold no second unit): still a write, the bag's version moves on.
      body: () => JSON.stringify({ quantity: 1 }),
      headers: () => ({ 'idempotency-key': randomUUID(), cookie: patchBags[nextPatch++ % patchBags.length]!.cookie }),
    },
    {
      name: 'POST /api/cart/lines (new guest bag)',
      path: '/api/cart/lines',
      method: 'POST',
      body: () => JSON.stringify({ variantId, quantity: 1, fulfillment: { type: 'ship' } }),
      headers: () => ({ 'idempotency-key': randomUUID() }),
    },
    {
      name: `POST /api/checkout (${checkoutCarts.length} bags)`,
      path: '/api/checkout',
      method: 'POST',
      body: checkoutBody,
      headers: () => ({ 'idempotency-key': randomUUID(), cookie: checkoutCarts[next++ % checkoutCarts.length]! }),
      amount: checkoutCarts.length,
      connections: CHECKOUT_CONNECTIONS,
    },
    {
      name: `POST /api/checkout (${wideCheckoutCarts.length} bags, ${WIDE_CHECKOUT_CONNECTIONS} connections)`,
      path: '/api/checkout',
      method: 'POST',
      body: checkoutBody,
      headers: () => ({
        'idempotency-key': randomUUID(),
        cookie: wideCheckoutCarts[nextWide++ % wideCheckoutCarts.length]!,
      }),
      amount: wideCheckoutCarts.length,
      connections: WIDE_CHECKOUT_CONNECTIONS,
    },
  ];
  const figures: ApiFigure[] = [];
  // BENCH_ONLY=cart: the ceilings, the bag and checkout.
  const cartRow = (t: Target) => /^trivial|\/api\/(cart|checkout)/.test(t.name);
  for (const t of targets.filter((x) => !cartOnly || cartRow(x))) {
    // A short unrecorded run first, so no route pays for the server's warm-up (JIT, pools) in its figures.
    if (!t.amount) await run(base, t, 2, connections);
    figures.push(await run(base, t, seconds, connections));
  }
  const ceilings = new Map(
    figures.filter((f) => f.name.startsWith('trivial')).map((f) => [f.connections, f.reqPerSec]),
  );
  return figures.map((f) => ({
    ...f,
    ratio: Math.round((f.reqPerSec / (ceilings.get(f.connections) || 1)) * 100) / 100,
  }));
}
