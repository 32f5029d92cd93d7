import 'server-only';
import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { carts } from '@/lib/db/schema';
import { newId } from '@/lib/ids';
import { BASE_MARKET, marketOf, marketOrBase, type MarketCode } from '@/lib/markets/markets';
import { hashGuestToken } from './guest-cookie';

/*
 * Carts by owner, in the database: the lookups the caller's cart (caller-cart.ts), the sign-in
 * merge and the data export share. Nothing here knows about a request; the guest's token and
 * its cookie are guest-cookie.ts.
 */

/** Who a cart belongs to: a signed-in account, or the guest holding a cookie token. */
export type CartOwner = { userId: string } | { guestToken: string };

/** The owner's cart among `carts`: by account, else by the guest token's hash (a merged guest cart no longer counts). */
export function ownerWhere(owner: CartOwner): SQL {
  return 'userId' in owner
    ? eq(carts.userId, owner.userId)
    : and(eq(carts.tokenHash, hashGuestToken(owner.guestToken)), isNull(carts.mergedIntoId))!;
}

/** The owner's cart id, or null when it has none. A merged guest cart no longer counts. */
export async function findCartId(db: Db, owner: CartOwner): Promise<string | null> {
  const [row] = await db.select({ id: carts.id }).from(carts).where(ownerWhere(owner)).limit(1);
  return row?.id ?? null;
}

/**
 * Makes the owner's cart with id `id` in market `code`, or finds the one a
 * concurrent request made first: the cart's id and market.
 */
export async function createCart(
  db: Db,
  owner: CartOwner,
  id: string,
  now: Date,
  code: MarketCode,
): Promise<{ id: string; market: MarketCode }> {
  const inserted = await db
    .insert(carts)
    .values({
      id,
      market: code,
      currency: marketOf(code).currency,
      createdAt: now,
      updatedAt: now,
      ...('userId' in owner ? { userId: owner.userId } : { tokenHash: hashGuestToken(owner.guestToken) }),
    })
    .onConflictDoNothing()
    .returning({ id: carts.id });
  if (inserted[0]) return { id: inserted[0].id, market: code };
  const [row] = await db.select({ id: carts.id, market: carts.market }).from(carts).where(ownerWhere(owner)).limit(1);
  if (!row) throw new Error('Cart could not be created');
  return { id: row.id, market: marketOrBase(row.market) };
}

/** The owner's cart, created empty (in `market`) when it has none (safe under concurrent first adds). */
export async function findOrCreateCartId(db: Db, owner: CartOwner, now: Date, market?: MarketCode): Promise<string> {
  return (await findOrCreateCart(db, owner, now, market)).id;
}

/**
 * As findOrCreateCartId, saying whether this call made the cart. A new bag is in `market`, which
 * may be a lookup made only when the bag is new (the request's market).
 */
export async function findOrCreateCart(
  db: Db,
  owner: CartOwner,
  now: Date,
  marketOfNewBag: MarketCode | (() => Promise<MarketCode>) = BASE_MARKET,
): Promise<{ id: string; created: boolean }> {
  const existing = await findCartId(db, owner);
  if (existing) return { id: existing, created: false };
  const market = typeof marketOfNewBag === 'function' ? await marketOfNewBag() : marketOfNewBag;
  const inserted = await db
    .insert(carts)
    .values({
      id: newId('crt'),
      market,
      currency: marketOf(market).currency,
      createdAt: now,
      updatedAt: now,
      ...('userId' in owner ? { userId: owner.userId } : { tokenHash: hashGuestToken(owner.guestToken) }),
    })
    .onConflictDoNothing()
    .returning({ id: carts.id });
  const id = inserted[0]?.id ?? (await findCartId(db, owner));
  if (!id) throw new Error('Cart could not be created');
  return { id, created: inserted.length > 0 };
}
