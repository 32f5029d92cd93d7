import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/schema';
import { ownerTag } from '@/lib/cart/owner-tag';
import type { Cart } from '@/lib/cart/schema';
import { cartLines, carts } from '@/lib/db/schema';
import { DEVELOPMENT_AUTH_SECRET } from '@/lib/env';
import { makeUser } from '../support/accounts';
import { api } from '../support/api';
import { pickStoreVariant, setStock } from '../support/checkout-fixtures';
import { useTestDb } from '../support/test-db';

const db = useTestDb();
let alice: SessionUser;
let bob: SessionUser;
let variantId: string;

beforeAll(async () => {
  alice = await makeUser(db.db, 'alice@example.com');
  bob = await makeUser(db.db, 'bob@example.com');
  variantId = (await pickStoreVariant(db.db, 11)).variantId;
  await setStock(db.db, 'loc_online', variantId, 50);
});

/** A queued add of one unit, replayed by `user`'s browser with the owner tag it was queued under. */
const replay = (user: SessionUser, owner: string, key: string) =>
  api
    .as(user)
    .post<Cart>(
      '/api/cart/lines',
      { variantId, quantity: 1, fulfillment: { type: 'ship' } },
      { idempotencyKey: key, headers: { 'x-aisle-owner': owner } },
    );

describe('replaying writes queued offline', () => {
  it('applies a write for its own owner once, however often it is replayed', async () => {
    const owner = ownerTag({ user: alice, guestToken: null }, DEVELOPMENT_AUTH_SECRET);
    const results = await Promise.all(Array.from({ length: 5 }, () => replay(alice, owner, 'offline-write-1')));
    expect(results.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    expect((await replay(alice, owner, 'offline-write-1')).status).toBe(200);
    const [cart] = await db.db.select().from(carts).where(eq(carts.userId, alice.id));
    const lines = await db.db.select().from(cartLines).where(eq(cartLines.cartId, cart!.id));
    expect(lines.map((l) => l.quantity)).toEqual([1]);
  });

  it('refuses a write queued for another owner, and changes nothing', async () => {
    const alices = ownerTag({ user: alice, guestToken: null }, DEVELOPMENT_AUTH_SECRET);
    const refused = await replay(bob, alices, 'offline-write-2');
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe('owner_mismatch');
    // A new guest's queue may not write into an account either.
    expect((await replay(bob, 'g.new', 'offline-write-3')).body.error?.code).toBe('owner_mismatch');
    expect(await db.db.select().from(carts).where(eq(carts.userId, bob.id))).toEqual([]);
    // A forged tag is just another owner.
    expect((await replay(bob, 'u.forged-tag-value-000000', 'offline-write-4')).status).toBe(409);
  });
});
