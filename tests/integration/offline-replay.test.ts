import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as addLine } from '@/app/api/cart/lines/route';
import type { SessionUser } from '@/lib/auth/schema';
import { ownerTag } from '@/lib/cart/owner-tag';
import type { Cart } from '@/lib/cart/schema';
import { provideDb } from '@/lib/db';
import { cartLines, carts } from '@/lib/db/schema';
import { DEVELOPMENT_AUTH_SECRET } from '@/lib/env';
import { acting } from '../support/acting-user';
import { makeUser } from '../support/accounts';
import { callRoute } from '../support/call-route';
import { pickStoreVariant, setStock } from '../support/checkout-fixtures';
import { createTestDb, type TestDb } from '../support/test-db';

vi.mock('@/lib/auth/session', () => ({ getSessionUser: async () => acting.user }));

let db: TestDb;
let alice: SessionUser;
let bob: SessionUser;
let variantId: string;

beforeAll(async () => {
  db = await createTestDb();
  provideDb(db);
  alice = await makeUser(db.db, 'alice@example.com');
  bob = await makeUser(db.db, 'bob@example.com');
  variantId = (await pickStoreVariant(db.db, 11)).variantId;
  await setStock(db.db, 'loc_online', variantId, 50);
});
afterAll(async () => {
  provideDb(undefined);
  await db.drop();
});

const replay = (owner: string, key: string) =>
  callRoute<Cart & { error?: { code: string } }>(addLine, '/api/cart/lines', {
    init: {
      method: 'POST',
      body: JSON.stringify({ variantId, quantity: 1, fulfillment: { type: 'ship' } }),
      headers: { 'content-type': 'application/json', 'idempotency-key': key, 'x-aisle-owner': owner },
    },
  });

describe('replaying writes queued offline', () => {
  it('applies a write for its own owner once, however often it is replayed', async () => {
    acting.user = alice;
    const owner = ownerTag({ user: alice, guestToken: null }, DEVELOPMENT_AUTH_SECRET);
    const results = await Promise.all(Array.from({ length: 5 }, () => replay(owner, 'offline-write-1')));
    expect(results.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    expect((await replay(owner, 'offline-write-1')).status).toBe(200);
    const [cart] = await db.db.select().from(carts).where(eq(carts.userId, alice.id));
    const lines = await db.db.select().from(cartLines).where(eq(cartLines.cartId, cart!.id));
    expect(lines.map((l) => l.quantity)).toEqual([1]);
  });

  it('refuses a write queued for another owner, and changes nothing', async () => {
    acting.user = bob;
    const alices = ownerTag({ user: alice, guestToken: null }, DEVELOPMENT_AUTH_SECRET);
    const refused = await replay(alices, 'offline-write-2');
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe('owner_mismatch');
    // A new guest's queue may not write into an account either.
    expect((await replay('g.new', 'offline-write-3')).body.error?.code).toBe('owner_mismatch');
    expect(await db.db.select().from(carts).where(eq(carts.userId, bob.id))).toEqual([]);
    // A forged tag is just another owner.
    expect((await replay('u.forged-tag-value-000000', 'offline-write-4')).status).toBe(409);
  });
});
