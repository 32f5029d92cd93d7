import type { ChildProcess } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import {
  OWN_POS_SECRET,
  startServer,
  stopServer,
  waitExit,
  waitHealthy,
  withFreshPostgres,
} from './support/own-server';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const USERS = 16;
const PORTS = [3193, 3194];

/** A loopback load balancer: each request goes to the next instance in turn. */
async function roundRobin(ports: number[]): Promise<{ url: string; close: () => Promise<void> }> {
  let next = 0;
  // Idle upstream connections close before the server's own keep-alive timeout (Node's 5 s), as a
  // real balancer's must: reusing one the server is closing at that moment is a reset, answered 502.
  // Node's agent ignores the server's `Keep-Alive: timeout` hint unless it has a timeout of its own.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64, timeout: 2000 });
  const server = http.createServer((req, res) => {
    const port = ports[next++ % ports.length]!;
    const upstream = http.request(
      { host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      // Says which request failed and how, so a 5xx here can be told from the server's own.
      console.info(`[balancer] ${req.method} ${req.url} to :${port}: ${String(error)}`);
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test('two instances on PostgreSQL behind a round-robin, 60 s of mixed load: no 5xx, no oversell, the stock ledger adds up', async () => {
  test.setTimeout((SECONDS + 180) * 1000);
  const ran = await withFreshPostgres('aisle_load', loadTwoInstances);
  test.skip(ran === null, 'no PostgreSQL server answers');
});

async function loadTwoInstances(dbUrl: URL): Promise<void> {
  const db = new pg.Client({ connectionString: dbUrl.toString() });
  const instances: ChildProcess[] = [];
  let balancer: Awaited<ReturnType<typeof roundRobin>> | null = null;
  try {
    // The first instance migrates and seeds; the second joins the same database.
    instances.push(startServer(PORTS[0]!, { DATABASE_URL: dbUrl.toString() }));
    await waitHealthy(`http://127.0.0.1:${PORTS[0]}`);
    instances.push(startServer(PORTS[1]!, { DATABASE_URL: dbUrl.toString() }));
    await waitHealthy(`http://127.0.0.1:${PORTS[1]}`);
    balancer = await roundRobin(PORTS);
    const base = balancer.url;
    await db.connect();

    // A scarce item everyone wants (12 in the warehouse) and till stock for the POS posts.
    const hot = (
      await db.query(`SELECT v.id, v.sku FROM variants v JOIN products p ON p.id = v.product_id
        WHERE p.handle = 'heavy-canvas-tote' ORDER BY v.position LIMIT 1`)
    ).rows[0] as { id: string; sku: string };
    await db.query(
      `UPDATE stock_levels SET on_hand = 12, reserved = 0 WHERE variant_id = $1
      AND location_id = (SELECT id FROM inventory_locations WHERE kind = 'warehouse')`,
      [hot.id],
    );
    const till = (
      await db.query(`SELECT l.store_id, s.variant_id, v.sku FROM stock_levels s
        JOIN inventory_locations l ON l.id = s.location_id AND l.kind = 'store'
        JOIN variants v ON v.id = s.variant_id ORDER BY s.variant_id, l.id LIMIT 5`)
    ).rows as { store_id: string; variant_id: string; sku: string }[];
    const initial = new Map(
      (await db.query(`SELECT location_id, variant_id, on_hand FROM stock_levels`)).rows.map((r) => [
        `${r.location_id}|${r.variant_id}`,
        Number(r.on_hand),
      ]),
    );
    const handles = (await (await fetch(`${base}/api/products?limit=40`)).json()).items.map(
      (i: { handle: string }) => i.handle,
    );

    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    let networkErrors = 0;
    const timed = async (path: string, init?: RequestInit): Promise<Response | null> => {
      const started = performance.now();
      try {
        const res = await fetch(`${base}${path}`, init);
        await res.arrayBuffer().catch(() => undefined);
        latencies.push(performance.now() - started);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        return res;
      } catch {
        networkErrors++;
        return null;
      }
    };
    const json = (body: unknown, headers: Record<string, string> = {}) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

    const deadline = Date.now() + SECONDS * 1000;
    const shopper = async (n: number) => {
      let i = 0;
      while (Date.now() < deadline) {
        i++;
        const handle = handles[(n * 7 + i) % handles.length]!;
        await timed(`/api/products?category=${['outerwear', 'knitwear', 'bags'][i % 3]}&limit=12`);
        await timed(`/api/products/${handle}`);
        await timed(`/api/availability?variantId=${hot.id}`);
        // A new bag with the hot item, checked out now and then: some get it, the rest are told it sold out.
        const added = await timed(
          '/api/cart/lines',
          json({ variantId: hot.id, quantity: 1, fulfillment: { type: 'ship' } }),
        );
        const cookie = (added?.headers.get('set-cookie') ?? '').split(';')[0]!;
        if (i % 2 === 0 && cookie) {
          await timed(
            '/api/checkout',
            json(
              {
                contact: { email: `load-${n}-${i}@example.com` },
                payment: { method: 'test_card', cardNumber: '4242 4242 4242 4242' },
                shippingAddress: {
                  name: 'Load',
                  line1: '1 Test-ro',
                  city: 'Seoul',
                  postalCode: '04782',
                  country: 'KR',
                },
              },
              { cookie, 'idempotency-key': randomUUID(), 'x-forwarded-for': `10.0.${n}.${i % 250}` },
            ),
          );
        }
        if (i % 3 === 0) {
          const item = till[(n + i) % till.length]!;
          const raw = JSON.stringify({
            externalId: `load-${n}-${i}-${randomUUID().slice(0, 6)}`,
            storeId: item.store_id,
            placedAt: new Date().toISOString(),
            currency: 'KRW',
            lines: [{ sku: item.sku, quantity: 1, unitPrice: 10000 }],
            total: 10000,
          });
          const at = Math.floor(Date.now() / 1000);
          const signature = createHmac('sha256', OWN_POS_SECRET).update(`${at}.${raw}`).digest('hex');
          await timed('/api/pos/orders', {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-aisle-timestamp': String(at),
              'x-aisle-signature': signature,
            },
            body: raw,
          });
        }
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: USERS }, (_, n) => shopper(n)));
    const elapsed = (performance.now() - started) / 1000;

    latencies.sort((a, b) => a - b);
    const p = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))]!);
    const serverErrors = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
    console.info(
      `[load] 2 instances, ${USERS} shoppers, ${Math.round(elapsed)} s: ${latencies.length} requests, ` +
        `${Math.round(latencies.length / elapsed)} req/s, p50 ${p(0.5)} ms, p99 ${p(0.99)} ms; ` +
        `statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    expect(serverErrors).toBe(0);
    expect(networkErrors).toBe(0);

    // No oversell: the hot item sold at most what there was, and every unit is accounted for.
    const hotSold = Number(
      (
        await db.query(
          `SELECT coalesce(sum(l.quantity), 0)::int AS n FROM order_lines l JOIN orders o ON o.id = l.order_id
          WHERE o.channel = 'online' AND l.variant_id = $1`,
          [hot.id],
        )
      ).rows[0].n,
    );
    expect(hotSold).toBeGreaterThan(0);
    expect(hotSold).toBeLessThanOrEqual(12);
    // The ledger: on hand = initial − sold at the till (what the till could take); reserved = held reservations.
    const ledger = await db.query(`
      SELECT s.location_id, s.variant_id, s.on_hand, s.reserved,
             coalesce((SELECT sum(r.quantity) FROM reservations r WHERE r.location_id = s.location_id
                       AND r.variant_id = s.variant_id AND r.status = 'held'), 0)::int AS held,
             coalesce((SELECT sum(l.quantity - l.oversold) FROM order_lines l JOIN orders o ON o.id = l.order_id
                       JOIN inventory_locations loc ON loc.store_id = o.store_id
                       WHERE o.channel = 'store' AND o.external_id LIKE 'load-%' AND loc.id = s.location_id
                         AND l.variant_id = s.variant_id), 0)::int AS till_sold
        FROM stock_levels s`);
    const wrong = ledger.rows.filter((r) => {
      const start = initial.get(`${r.location_id}|${r.variant_id}`) ?? 0;
      return (
        Number(r.reserved) !== Number(r.held) ||
        Number(r.reserved) > Number(r.on_hand) ||
        Number(r.on_hand) !== start - Number(r.till_sold)
      );
    });
    expect(wrong).toEqual([]);
    const tillSold = ledger.rows.reduce((n, r) => n + Number(r.till_sold), 0);
    expect(tillSold).toBeGreaterThan(0);
  } finally {
    await balancer?.close();
    for (const i of instances) stopServer(i);
    await db.end().catch(() => {});
    await Promise.all(instances.map(waitExit));
  }
}
