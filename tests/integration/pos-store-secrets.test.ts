import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq, ne } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDb } from '@/lib/db/open-db';
import { inventoryLocations, storePosSecrets, stores } from '@/lib/db/schema';
import { DEVELOPMENT_AUTH_SECRET, DEVELOPMENT_POS_SECRET } from '@/lib/env';
import type { Order } from '@/lib/orders/schema';
import { run as posSecret } from '@/lib/pos/cli/pos-secret';
import { storeSecretsAt } from '@/lib/pos/store-secrets';
import { api, type TillOptions } from '../support/api';
import { guestCartWith, pickupCheckout, setStock, tillSale } from '../support/checkout-fixtures';
import { dbFingerprint } from '../support/db-fingerprint';
import { upsertStore } from '@/lib/stores/upsert-store';
import { storeBody } from '../support/store-fixtures';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
type Shop = { id: string; code: string; locationId: string };
let a: Shop;
let b: Shop;
let sku: string;
let variantId: string;
const WATCHED = ['orders', 'order_lines', 'pickups', 'stock_levels', 'reservations'];

/** `npm run pos:secret -- …` on the test database; the lines it printed and its exit code. */
async function cli(args: string[], now = new Date()) {
  const lines: string[] = [];
  const info = vi.spyOn(console, 'info').mockImplementation((line: string) => void lines.push(line));
  const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
  try {
    const code = await posSecret(args, (work) => work(db.db), now);
    return { code, lines, last: lines.at(-1)! };
  } finally {
    info.mockRestore();
    error.mockRestore();
  }
}

let n = 0;
const sale = (storeId: string) => tillSale({ externalId: `own-secret-${++n}`, storeId, sku });
const postSale = (body: unknown, till: TillOptions) => api.till(till).post<{ order: Order }>('/api/pos/orders', body);

afterEach(() => vi.restoreAllMocks());

beforeAll(async () => {
  const [first, second] = await db.db
    .select({ id: stores.id, code: stores.slug, locationId: inventoryLocations.id })
    .from(stores)
    .innerJoin(inventoryLocations, eq(inventoryLocations.storeId, stores.id))
    .where(ne(stores.slug, ''))
    .orderBy(stores.slug)
    .limit(2);
  a = first!;
  b = second!;
  const [variant] = await db.db.query.variants.findMany({ limit: 1 });
  sku = variant!.sku;
  variantId = variant!.id;
  for (const shop of [a, b]) await setStock(db.db, shop.locationId, variantId, 50);
});

describe(`a store's own till secret (${DB_LABEL})`, () => {
  let secretA: string;

  it('npm run pos:secret prints the new secret alone on its last line, kept encrypted', async () => {
    const made = await cli(['--store', a.code]);
    expect(made.code).toBe(0);
    secretA = made.last;
    expect(secretA).toMatch(/^aisle_pos_[\w-]{43}$/);
    const [row] = await db.db.select().from(storePosSecrets).where(eq(storePosSecrets.storeId, a.id));
    expect(JSON.stringify(row)).not.toContain(secretA.slice('aisle_pos_'.length));
    expect((await cli(['--store', 'no-such-store'])).code).toBe(1);
    expect((await cli([])).code).toBe(2);
  });

  it("signs its own store's sales, named by X-Aisle-Store or by the body's storeId", async () => {
    expect((await postSale(sale(a.id), { secret: secretA })).status).toBe(201);
    expect((await postSale(sale(a.id), { secret: secretA, store: a.code })).status).toBe(201);
    expect((await postSale(sale(a.id), { secret: secretA, store: a.id })).status).toBe(201);
  });

  it("refuses another store's sale (401 or 403) and writes nothing", async () => {
    const before = await dbFingerprint(db.db, WATCHED);
    // Claiming A, for B: the signature holds, the store does not.
    const claimed = await postSale(sale(b.id), { secret: secretA, store: a.code });
    expect(claimed.status).toBe(403);
    expect(claimed.body.error?.code).toBe('forbidden');
    // For B, claiming B: A's secret is not B's.
    expect((await postSale(sale(b.id), { secret: secretA })).status).toBe(401);
    expect((await postSale(sale(b.id), { secret: secretA, store: b.code })).status).toBe(401);
    // A store's secret is not the retailer's: unsigned-for claims are refused.
    expect((await postSale(sale(a.id), { secret: secretA, store: b.code })).status).toBe(401);
    expect(await dbFingerprint(db.db, WATCHED)).toEqual(before);
  });

  it("handles its own store's pickups only; another store's pickup is 403 and untouched", async () => {
    const bag = await guestCartWith(db.db, { variantId, storeId: b.id }, 1);
    const placed = await api
      .guest({ 'aisle-cart': bag.token })
      .post<{ order: Order }>('/api/checkout', pickupCheckout, { idempotencyKey: 'pickup-at-b' });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const order = placed.body.order;
    const path = `/api/pos/pickups/${order.id}`;
    const before = await dbFingerprint(db.db, WATCHED);
    const ownStore = await api.till({ secret: secretA }).post(`${path}/ready`, { storeId: a.id });
    expect(ownStore.status).toBe(403);
    const claimed = await api.till({ secret: secretA, store: a.code }).post(`${path}/ready`, { storeId: b.id });
    expect(claimed.status).toBe(403);
    const collect = await api
      .till({ secret: secretA })
      .post(`${path}/collected`, { storeId: a.id, code: order.pickup!.code });
    expect(collect.status).toBe(403);
    expect(await dbFingerprint(db.db, WATCHED)).toEqual(before);

    // B's own secret, and the retailer's, may.
    const secretB = (await cli(['--store', b.code])).last;
    expect((await api.till({ secret: secretB }).post(`${path}/ready`, { storeId: b.id })).status).toBe(200);
    const collected = await api
      .till()
      .post<{ order: Order }>(`${path}/collected`, { storeId: b.id, code: order.pickup!.code });
    expect(collected.status).toBe(200);
    expect(collected.body.order.status).toBe('collected');
  });

  it('during a rotation both secrets verify; --revoke-previous leaves only the new one', async () => {
    const rotated = await cli(['--store', a.code]);
    expect(rotated.lines[0]).toContain('still verifies until');
    const newer = rotated.last;
    expect(newer).not.toBe(secretA);
    expect((await postSale(sale(a.id), { secret: secretA })).status).toBe(201);
    expect((await postSale(sale(a.id), { secret: newer })).status).toBe(201);

    const revoked = await cli(['--store', a.code, '--revoke-previous']);
    expect(revoked.code).toBe(0);
    expect(revoked.last).toContain('no longer verifies');
    expect((await postSale(sale(a.id), { secret: secretA })).status).toBe(401);
    expect((await postSale(sale(a.id), { secret: newer })).status).toBe(201);
    secretA = newer;
  });

  it('the overlap ends by itself after 24 h, and at the next rotation', async () => {
    // Rotated 25 hours ago: the one before no longer verifies.
    const longAgo = new Date(Date.now() - 25 * 3_600_000);
    const rotated = (await cli(['--store', a.code], longAgo)).last;
    expect((await postSale(sale(a.id), { secret: secretA })).status).toBe(401);
    expect((await postSale(sale(a.id), { secret: rotated })).status).toBe(201);
    // Two rotations: only the last two verify.
    const second = (await cli(['--store', a.code])).last;
    const third = (await cli(['--store', a.code])).last;
    expect((await postSale(sale(a.id), { secret: rotated })).status).toBe(401);
    expect((await postSale(sale(a.id), { secret: second })).status).toBe(201);
    expect((await postSale(sale(a.id), { secret: third })).status).toBe(201);
  });

  it('the retailer-wide POS_WEBHOOK_SECRET still signs for every store', async () => {
    for (const shop of [a, b]) {
      expect((await postSale(sale(shop.id), { secret: DEVELOPMENT_POS_SECRET })).status).toBe(201);
      expect((await postSale(sale(shop.id), { secret: DEVELOPMENT_POS_SECRET, store: a.code })).status).toBe(201);
    }
  });

  it('a secret sealed under another AUTH_SECRET verifies nothing (issue a new one)', async () => {
    const found = await storeSecretsAt(db.db, a.code, { now: new Date(), authSecret: 'x'.repeat(40) });
    expect(found?.secrets).toEqual([]);
    const own = await storeSecretsAt(db.db, a.code, { now: new Date(), authSecret: DEVELOPMENT_AUTH_SECRET });
    expect(own?.secrets).toHaveLength(2);
  });
});

describe('npm run pos:secret as a command', () => {
  it('makes a secret on a PGlite folder, alone on its last line', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'aisle-pos-secret-'));
    try {
      const handle = await openDb({ kind: 'pglite', dataDir });
      try {
        await handle.migrate();
        // The store as the retailer's systems put it (PUT /api/integrations/stores/{code}).
        await upsertStore(handle.db, 'cli-store', storeBody());
      } finally {
        await handle.close();
      }
      const cli = path.join(process.cwd(), 'lib/pos/cli/pos-secret.ts');
      const made = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', '--conditions=react-server', cli, '--store', 'cli-store'],
        { env: { ...process.env, DATABASE_URL: '', AISLE_DATA_DIR: dataDir, AISLE_SEED: '0' } },
      );
      const secret = made.stdout.trim().split('\n').at(-1)!;
      expect(secret).toMatch(/^aisle_pos_[\w-]{43}$/);
      const reopened = await openDb({ kind: 'pglite', dataDir });
      try {
        const found = await storeSecretsAt(reopened.db, 'cli-store', {
          now: new Date(),
          authSecret: process.env.AUTH_SECRET ?? DEVELOPMENT_AUTH_SECRET,
        });
        expect(found?.secrets).toEqual([secret]);
      } finally {
        await reopened.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
