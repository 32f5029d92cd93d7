import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';

/**
 * Cross-device sync on a running server: how soon a change made on one device shows on another
 * that holds the bag open (GET /api/cart/events, then its GET /api/cart), and what open pages
 * cost the server while nothing changes: 1,000 idle event streams, against 1,000 pages polling
 * GET /api/cart every 2 s (If-None-Match, as the page did before the stream).
 */
export type SyncFigure = {
  changes: number;
  /** From the write leaving device A to device B holding the new cart (event, then its read). */
  propagationP50Ms: number;
  propagationP95Ms: number;
  /** From the write leaving device A to the event reaching device B. */
  eventP95Ms: number;
  pages: number;
  seconds: number;
  /** The server's CPU (every process of `npm start`), as a share of one core. */
  idleCpuPct: number;
  streamsCpuPct: number;
  pollCpuPct: number;
  pollRequestsPerSec: number;
  pollErrors: number;
  /**
   * Resident memory of the server (MB) before the streams open, while they are open, and after
   * they closed: only a rough guide, since what the garbage collector has not yet taken counts.
   */
  rssMb: { before: number; streams: number; after: number };
};

const TICKS = 100; // USER_HZ on Linux
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/** CPU ticks and resident memory of every process in the group `pgid` (npm and the server under it). */
function groupUsage(pgid: number): { ticks: number; rssMb: number } {
  let ticks = 0;
  let rssPages = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    // Fields after the command's closing parenthesis: state is 3, pgrp 5, utime 14, stime 15, rss 24.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) !== pgid) continue;
    ticks += Number(fields[11]) + Number(fields[12]);
    rssPages += Number(fields[21]);
  }
  return { ticks, rssMb: (rssPages * 4096) / 1024 / 1024 };
}

/** The server's CPU over `seconds`, as a percentage of one core, while `during` runs. */
async function cpuOver(pgid: number, seconds: number): Promise<number> {
  const before = groupUsage(pgid).ticks;
  const started = performance.now();
  await sleep(seconds * 1000);
  const wall = (performance.now() - started) / 1000;
  return Math.round(((groupUsage(pgid).ticks - before) / TICKS / wall) * 1000) / 10;
}

type Stream = { events: EventTarget; close: () => void };

/** An open GET /api/cart/events, as a page's EventSource holds it: an event per `data:` line. */
function openStream(base: string, cookie: string, agent: http.Agent): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      `${base}/api/cart/events`,
      { agent, headers: { cookie, accept: 'text/event-stream' } },
      (response) => {
        if (response.statusCode !== 200) {
          response.resume();
          reject(new Error(`GET /api/cart/events: ${response.statusCode}`));
          return;
        }
        const events = new EventTarget();
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          for (const line of chunk.split('\n')) if (line.startsWith('data: ')) events.dispatchEvent(new Event('data'));
        });
        resolve({ events, close: () => request.destroy() });
      },
    );
    request.on('error', reject);
  });
}

async function write(base: string, method: 'POST' | 'PATCH', path: string, body: unknown, cookie?: string) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  const cart = (await response.json()) as { lines: { id: string }[] };
  return { cart, cookie: cookie ?? (response.headers.get('set-cookie') ?? '').split(';')[0]! };
}

/** Runs `work` over `items`, `width` at a time. */
async function inBatches<T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += width) out.push(...(await Promise.all(items.slice(i, i + width).map(work))));
  return out;
}

export async function benchSync(
  base: string,
  pgid: number,
  opts: { changes: number; pages: number; seconds: number },
): Promise<SyncFigure> {
  const product = (await (await fetch(`${base}/api/products/heavy-canvas-tote`)).json()) as {
    variants: { id: string }[];
  };
  const line = { variantId: product.variants[0]!.id, quantity: 1, fulfillment: { type: 'ship' } };
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });

  // Propagation: device B holds the bag open; device A changes a line's quantity, 100 times.
  const { cart, cookie } = await write(base, 'POST', '/api/cart/lines', line);
  const lineId = cart.lines[0]!.id;
  const watcher = await openStream(base, cookie, agent);
  const total: number[] = [];
  const toEvent: number[] = [];
  for (let i = 0; i < opts.changes; i++) {
    const heard = new Promise<number>((resolve) =>
      watcher.events.addEventListener('data', () => resolve(performance.now()), { once: true }),
    );
    const started = performance.now();
    await write(base, 'PATCH', `/api/cart/lines/${lineId}`, { quantity: (i % 3) + 1 }, cookie);
    const eventAt = await Promise.race([heard, sleep(5_000).then(() => Number.NaN)]);
    if (Number.isNaN(eventAt)) throw new Error(`Change ${i + 1} was not heard within 5 s`);
    const read = await fetch(`${base}/api/cart`, { headers: { cookie } });
    await read.arrayBuffer();
    total.push(performance.now() - started);
    toEvent.push(eventAt - started);
    await sleep(20 + Math.random() * 30);
  }
  watcher.close();

  // Open pages, each on a bag of its own.
  const bags = await inBatches(Array.from({ length: opts.pages }), 8, () =>
    write(base, 'POST', '/api/cart/lines', line),
  );
  await sleep(2_000);
  const idleCpuPct = await cpuOver(pgid, opts.seconds);
  const rssBefore = groupUsage(pgid).rssMb;

  const streams = await inBatches(bags, 50, (b) => openStream(base, b.cookie, agent));
  await sleep(3_000);
  const streamsCpuPct = await cpuOver(pgid, opts.seconds);
  const rssStreams = groupUsage(pgid).rssMb;
  streams.forEach((s) => s.close());
  await sleep(3_000);
  // A page that leaves gives its place back: one bag's 16 places (the limit) taken, left, taken again.
  const bagsPlaces = () => Promise.all(Array.from({ length: 16 }, () => openStream(base, bags[0]!.cookie, agent)));
  for (let round = 0; round < 2; round++) {
    (await bagsPlaces()).forEach((s) => s.close());
    await sleep(1_000);
  }
  const rssAfter = groupUsage(pgid).rssMb;

  // The 2 s poll the stream replaces: each page asks with its last ETag, spread over the 2 s.
  let polled = 0;
  let pollErrors = 0;
  let polling = true;
  const pollers = bags.map(async (b, i) => {
    await sleep((i / bags.length) * 2_000);
    let etag = '';
    while (polling) {
      const next = sleep(2_000);
      try {
        const response = await fetch(`${base}/api/cart`, { headers: { cookie: b.cookie, 'if-none-match': etag } });
        await response.arrayBuffer();
        if (response.status === 200) etag = response.headers.get('etag') ?? '';
        else if (response.status !== 304) pollErrors += 1;
        polled += 1;
      } catch {
        pollErrors += 1;
      }
      await next;
    }
  });
  await sleep(3_000);
  const polledBefore = polled;
  const pollStarted = performance.now();
  const pollCpuPct = await cpuOver(pgid, opts.seconds);
  const pollRequestsPerSec = Math.round((polled - polledBefore) / ((performance.now() - pollStarted) / 1000));
  polling = false;
  await Promise.all(pollers);
  agent.destroy();

  const round = (ms: number) => Math.round(ms);
  return {
    changes: opts.changes,
    propagationP50Ms: round(percentile(total, 50)),
    propagationP95Ms: round(percentile(total, 95)),
    eventP95Ms: round(percentile(toEvent, 95)),
    pages: opts.pages,
    seconds: opts.seconds,
    idleCpuPct,
    streamsCpuPct,
    pollCpuPct,
    pollRequestsPerSec,
    pollErrors,
    rssMb: { before: Math.round(rssBefore), streams: Math.round(rssStreams), after: Math.round(rssAfter) },
  };
}
