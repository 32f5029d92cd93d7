import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeCatalogFile } from './catalog-file';

export type ImportFigure = {
  database: string;
  variants: number;
  products: number;
  seconds: number;
  variantsPerSec: number;
  peakRssMb: number;
};

export type FeedFigure = {
  database: string;
  counts: number;
  feedSeconds: number;
  applied: number;
  idle: { checkouts: number; p50Ms: number; p99Ms: number };
  during: { checkouts: number; p50Ms: number; p99Ms: number; errors: number };
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The peak resident memory of a running process so far (Linux), in kB; 0 when it cannot be read. */
function peakRssKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * `npm run catalog:import` of a generated catalog of `variants` variants (Aisle NDJSON) into an
 * empty database (a fresh PGlite folder, or the PostgreSQL database given): wall time from spawn
 * to exit and the importer's peak resident memory (VmHWM, sampled every 100 ms).
 */
export async function benchImport(opts: { variants: number; databaseUrl?: string }): Promise<ImportFigure> {
  const dir = mkdtempSync(path.join(tmpdir(), 'aisle-bench-import-'));
  const file = path.join(dir, 'catalog.ndjson');
  const { products } = await writeCatalogFile(file, opts.variants);
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=react-server', 'lib/catalog/cli/import.ts', file],
    {
      env: {
        ...process.env,
        AISLE_DATA_DIR: path.join(dir, 'data'),
        AISLE_SEED: '0',
        DATABASE_URL: opts.databaseUrl ?? '',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  let peakKb = 0;
  const exited = new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
  let done = false;
  void exited.then(() => (done = true));
  while (!done) {
    peakKb = Math.max(peakKb, peakRssKb(child.pid!));
    await sleep(100);
  }
  const code = await exited;
  const seconds = (performance.now() - started) / 1000;
  rmSync(dir, { recursive: true, force: true });
  // 1: nothing imported; 3: some lines refused (a generated file has none).
  if (code !== 0) throw new Error(`catalog:import exited with ${code}`);
  return {
    database: opts.databaseUrl ? 'postgres' : 'pglite',
    variants: opts.variants,
    products,
    seconds: Math.round(seconds * 10) / 10,
    variantsPerSec: Math.round(opts.variants / seconds),
    peakRssMb: Math.round(peakKb / 1024),
  };
}

async function json<T>(base: string, p: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${base}${p}`, init);
  if (!response.ok) throw new Error(`${p}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const percentile = (sorted: number[], q: number) =>
  sorted.length === 0 ? 0 : Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);

/**
 * Checkout latency on a server (`apiKey` holds stock:write) while one request lands a stock feed
 * of `counts` absolute counts: first checkouts alone, then as many while the feed is in flight,
 * 4 at a time; each bag is one item shipped from the warehouse that the feed also counts.
 */
export async function benchCheckoutUnderFeed(
  base: string,
  opts: { database: string; apiKey: string; counts: number; checkouts: number },
): Promise<FeedFigure> {
  // Every (location, SKU) the shop has, the warehouse (`online`) included.
  const { stores } = await json<{ stores: { slug: string }[] }>(base, '/api/stores');
  const locations = ['online', ...stores.map((s) => s.slug)];
  const skus: { sku: string; id: string }[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: { handle: string }[]; nextCursor: string | null } = await json(
      base,
      `/api/products?limit=48${cursor ? `&cursor=${cursor}` : ''}`,
    );
    for (const item of page.items) {
      const detail = await json<{ variants: { id: string; sku: string }[] }>(base, `/api/products/${item.handle}`);
      skus.push(...detail.variants.map((v) => ({ sku: v.sku, id: v.id })));
    }
    cursor = page.nextCursor;
  } while (cursor);
  // Plenty everywhere first, so the bags below can all be checked out.
  const feed = (n: number, onHand: number, at: Date) => {
    const rows = [];
    for (let i = 0; i < n; i++) {
      const s = skus[i % skus.length]!;
      const location = locations[Math.floor(i / skus.length) % locations.length]!;
      // A pair seen again later in the same feed is newer by a millisecond.
      const asOf = new Date(at.getTime() + Math.floor(i / (skus.length * locations.length)));
      rows.push({ location, sku: s.sku, onHand, asOf: asOf.toISOString() });
    }
    return JSON.stringify({ counts: rows });
  };
  const post = (body: string) =>
    fetch(`${base}/api/integrations/stock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${opts.apiKey}` },
      body,
    });
  const primed = await post(feed(Math.min(opts.counts, skus.length), 10_000, new Date(Date.now() - 120_000)));
  if (!primed.ok) throw new Error(`priming feed: ${primed.status} ${await primed.text()}`);

  const bag = async () => {
    const s = skus[Math.floor(Math.random() * skus.length)]!;
    const added = await fetch(`${base}/api/cart/lines`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ variantId: s.id, quantity: 1, fulfillment: { type: 'ship' } }),
    });
    if (!added.ok) throw new Error(`bag: ${added.status} ${await added.text()}`);
    return (added.headers.get('set-cookie') ?? '').split(';')[0]!;
  };
  const bags = await Promise.all(Array.from({ length: opts.checkouts * 2 }, bag));
  let shopper = 0;
  const checkout = async (cookie: string) => {
    const t = performance.now();
    const r = await fetch(`${base}/api/checkout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'idempotency-key': randomUUID() },
      body: JSON.stringify({
        contact: { email: `feed-bench-${++shopper}@example.com` },
        payment: { method: 'test_card', cardNumber: '4242 4242 4242 4242' },
        shippingAddress: { name: 'Bench', line1: '1 Test-ro', city: 'Seoul', postalCode: '04782', country: 'KR' },
      }),
    });
    await r.arrayBuffer();
    return { ms: performance.now() - t, ok: r.status === 201 };
  };
  /** Checks the bags out 4 at a time; with `until`, only while it is pending. */
  const runCheckouts = async (queue: string[], until?: Promise<unknown>) => {
    let pending = until !== undefined;
    void until?.finally(() => (pending = false));
    const results: { ms: number; ok: boolean }[] = [];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let cookie = queue.shift(); cookie; cookie = queue.shift()) {
          // Under the feed: only checkouts that start while it is in flight.
          if (until && !pending) break;
          results.push(await checkout(cookie));
        }
      }),
    );
    return results;
  };
  const idle = await runCheckouts(bags.splice(0, opts.checkouts));

  const feedStarted = performance.now();
  const landing = post(feed(opts.counts, 10_000, new Date())).then(async (r) => {
    const body = (await r.json()) as { results?: { status: string }[] };
    if (!r.ok) throw new Error(`feed: ${r.status}`);
    return { seconds: (performance.now() - feedStarted) / 1000, body };
  });
  const during = await runCheckouts(bags, landing);
  const landed = await landing;
  const sorted = (xs: { ms: number }[]) => xs.map((x) => x.ms).sort((a, b) => a - b);
  return {
    database: opts.database,
    counts: opts.counts,
    feedSeconds: Math.round(landed.seconds * 10) / 10,
    applied: landed.body.results?.filter((r) => r.status === 'applied').length ?? 0,
    idle: { checkouts: idle.length, p50Ms: percentile(sorted(idle), 0.5), p99Ms: percentile(sorted(idle), 0.99) },
    during: {
      checkouts: during.length,
      p50Ms: percentile(sorted(during), 0.5),
      p99Ms: percentile(sorted(during), 0.99),
      errors: during.filter((d) => !d.ok).length,
    },
  };
}
