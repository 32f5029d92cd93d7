import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/auth/schema';
import type { ShopperContext } from '@/lib/cart/caller-cart';
import { cartEvents } from '@/lib/cart/events';
import { followCallerCart } from '@/lib/cart/follow-cart';
import type { Cart } from '@/lib/cart/schema';
import { StreamSlots, streamSlots } from '@/lib/cart/stream-slots';
import { getDbHandle } from '@/lib/db';
import { openDb, type DbHandle } from '@/lib/db/open-db';
import { rowsOf } from '@/lib/db/rows';
import { readEnv } from '@/lib/env';
import { makeUser } from '../support/accounts';
import { api, type ApiClient } from '../support/api';
import { keyWith } from '../support/api-keys';
import { readEvents, type EventStream } from '../support/event-stream';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
const EVENTS = '/api/cart/events';
const LINES = '/api/cart/lines';
let variants: string[];
let users: Record<'a' | 'b' | 'c', SessionUser>;

beforeAll(async () => {
  variants = rowsOf(
    z.object({ variant_id: z.string() }),
    await db.db.execute(sql`SELECT variant_id FROM stock_levels
      WHERE location_id = 'loc_online' AND on_hand - reserved >= 20 ORDER BY variant_id LIMIT 4`),
  ).map((r) => r.variant_id);
  expect(variants).toHaveLength(4);
  users = {
    a: await makeUser(db.db, 'events-a@example.com'),
    b: await makeUser(db.db, 'events-b@example.com'),
    c: await makeUser(db.db, 'events-c@example.com'),
  };
});

const open: EventStream[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  vi.unstubAllEnvs();
});

function streamOf(response: Response): EventStream {
  const stream = readEvents(response);
  open.push(stream);
  return stream;
}

async function follow(client: ApiClient): Promise<EventStream> {
  const response = await client.send('GET', EVENTS);
  expect(response.status).toBe(200);
  return streamOf(response);
}

const addOne = (client: ApiClient, variant = 0) =>
  client.post<Cart>(LINES, { variantId: variants[variant]!, quantity: 1 }).then((r) => {
    expect(r.status).toBe(200);
    return r.body;
  });

describe(`cart events (${DB_LABEL})`, () => {
  it('a change to the bag from another device reaches the open stream, which carries no cart data', async () => {
    const phone = api.as(users.a);
    const desktop = api.as(users.a);
    const stream = await follow(phone);
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream');
    expect(stream.response.headers.get('cache-control')).toBe('private, no-store, no-transform');
    // How fast is the benchmark's to say (BENCH_ONLY=sync); here, that it comes at all.
    const cart = await addOne(desktop);
    expect(await stream.next()).toBe('changed');
    // The first add made the bag, then its line: two commits, so perhaps a second word.
    while ((await stream.next(300)) !== null);
    expect(stream.text()).not.toContain(cart.id);
    expect(stream.text()).toMatch(/^retry: \d+\n/);

    // Every kind of change: a line's quantity, its removal. One write, which bumps the bag's
    // version and changes its line, is announced once (one notification per transaction).
    const line = cart.lines[0]!;
    expect((await desktop.patch(`${LINES}/${line.id}`, { quantity: 2 })).status).toBe(200);
    expect(await stream.next()).toBe('changed');
    expect(await stream.next(300)).toBeNull();
    expect((await desktop.delete(`${LINES}/${line.id}`)).status).toBe(200);
    expect(await stream.next()).toBe('changed');
  });

  it("another shopper's stream hears nothing of it, and its own changes only", async () => {
    const a = await follow(api.as(users.a));
    const b = await follow(api.as(users.b));
    await addOne(api.as(users.a), 1);
    expect(await a.next()).toBe('changed');
    expect(await b.next(500)).toBeNull();
    await addOne(api.as(users.b), 1);
    expect(await b.next()).toBe('changed');
    expect(await a.next(500)).toBeNull();
  });

  it("a guest follows the cookie's bag: another tab's change arrives, another guest's does not; no bag, nothing to follow", async () => {
    const tab = api.guest();
    expect((await tab.send('GET', EVENTS)).status).toBe(204);
    const cart = await addOne(tab, 2);
    const other = api.guest();
    await addOne(other, 2);
    const stream = await follow(tab);
    const strangers = await follow(other);
    // The other tab shares the browser's cookie.
    await addOne(api.guest(Object.fromEntries(tab.cookies)), 3);
    expect(await stream.next()).toBe('changed');
    expect(await strangers.next(500)).toBeNull();
    // A made-up or someone else's bag id is not a way in: the cookie's token is.
    expect((await api.guest({ 'aisle-cart': cart.id! }).send('GET', EVENTS)).status).toBe(204);
  });

  it('a signed-in shopper follows the account, not the guest bag its cookie still names', async () => {
    const guest = api.guest();
    await addOne(guest, 0);
    const signedIn = guest.as(users.c);
    const stream = await follow(signedIn);
    await addOne(api.as(users.c), 1);
    expect(await stream.next()).toBe('changed');
  });

  it('refuses an integration key as every shopper route does', async () => {
    const key = await keyWith(db, ['stock:write']);
    const refused = await api.key(key).get<unknown>(EVENTS);
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
  });

  it('past 16 streams per bag (AISLE_CART_STREAMS_PER_BAG) a 429 JSON error; a closed stream frees its place', async () => {
    const shopper = api.as(users.a).with({ from: '203.0.113.7' });
    const streams = await Promise.all(Array.from({ length: 16 }, () => follow(shopper)));
    const refused = await shopper.get<unknown>(EVENTS);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/application\/json/);
    expect(refused.body.error?.code).toBe('rate_limited');
    expect(refused.headers.get('retry-after')).toBeTruthy();
    await streams[0]!.close();
    await follow(shopper);
    // Another account from the same address is not this bag's limit.
    await follow(api.as(users.b).with({ from: '203.0.113.7' }));
  });

  it('past the per-address and per-instance limits (env overrides): 429, then 503', async () => {
    vi.stubEnv('AISLE_CART_STREAMS_PER_ADDRESS', '2');
    const from = { from: '198.51.100.9' };
    await follow(api.as(users.a).with(from));
    await follow(api.as(users.b).with(from));
    const third = await api.as(users.c).with(from).get<unknown>(EVENTS);
    expect(third.status).toBe(429);
    expect(third.body.error?.code).toBe('rate_limited');
    // Another address still gets one.
    await follow(api.as(users.c).with({ from: '198.51.100.10' }));

    vi.stubEnv('AISLE_CART_STREAMS_PER_INSTANCE', String(streamSlots().open));
    const full = await api.as(users.c).with({ from: '198.51.100.11' }).get<unknown>(EVENTS);
    expect(full.status).toBe(503);
    expect(full.body.error?.code).toBe('service_unavailable');
  });

  it('every stream closed gives every place back', async () => {
    const streams = await Promise.all([follow(api.as(users.a)), follow(api.as(users.b))]);
    expect(streamSlots().open).toBe(2);
    await Promise.all(streams.map((s) => s.close()));
    expect(streamSlots().open).toBe(0);
  });

  it('sends a heartbeat comment while idle and ends at its lifetime, giving its place back', async () => {
    const slots = new StreamSlots();
    const ctx = {
      db: db.db,
      now: new Date(),
      env: readEnv(),
      caller: { user: users.a, guestToken: null },
      request: new Request(`http://aisle.test${EVENTS}`),
    } as ShopperContext;
    const events = cartEvents(await getDbHandle());
    const response = await followCallerCart(ctx, { events, slots, heartbeatMs: 40, lifetimeMs: 400 });
    const stream = streamOf(response);
    expect(slots.open).toBe(1);
    expect(await stream.next(1_000)).toBeNull();
    expect(stream.text()).toContain(': heartbeat\n\n');
    expect(slots.open).toBe(0);
  });
});

/** Two app instances on one PostgreSQL: the one that holds the stream is not the one written through. */
describe.runIf(DB_LABEL === 'postgres')('cart events across instances (postgres)', () => {
  const opened: DbHandle[] = [];
  const instance = async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${db.databaseName}`;
    const handle = await openDb({ kind: 'postgres', url: url.toString() });
    opened.push(handle);
    return handle;
  };

  it("a change through another instance's pool reaches this instance's stream", async () => {
    const other = await instance();
    try {
      const stream = await follow(api.as(users.b));
      await other.db.execute(sql`UPDATE carts SET updated_at = now() WHERE user_id = ${users.b.id}`);
      expect(await stream.next()).toBe('changed');
    } finally {
      await Promise.all(opened.map((h) => h.close()));
    }
  });

  it('when the listening connection is lost, streams are told to re-read and changes flow again once it is back', async () => {
    const stream = await follow(api.as(users.a));
    await db.db.execute(sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = current_database() AND query LIKE 'LISTEN %' AND pid <> pg_backend_pid()`);
    expect(await stream.next(8_000)).toBe('resync');
    await addOne(api.as(users.a), 2);
    expect(await stream.next()).toBe('changed');
  });
});
