import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { rowsOf } from '@/lib/db/rows';
import { carts } from '@/lib/db/schema';
import { newId } from '@/lib/ids';
import { SHOP_CURRENCY } from '@/lib/money';

/** Who a cart belongs to: a signed-in account, or the guest holding a cookie token. */
export type CartOwner = { userId: string } | { guestToken: string };

/** How long a guest's cart cookie lasts; a guest cart untouched for longer can no longer be reached. */
export const GUEST_CART_TTL_SECONDS = 60 * 24 * 60 * 60;

/** 256 random bits: a guest cart cannot be found by guessing. */
export function newGuestToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only tokens of the shape we issue are looked up. */
export function isGuestToken(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}

export function hashGuestToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The owner's cart id, or null when it has none. A merged guest cart no longer counts. */
export async function findCartId(db: Db, owner: CartOwner): Promise<string | null> {
  const where =
    'userId' in owner
      ? eq(carts.userId, owner.userId)
      : and(eq(carts.tokenHash, hashGuestToken(owner.guestToken)), isNull(carts.mergedIntoId));
  const [row] = await db.select({ id: carts.id }).from(carts).where(where).limit(1);
  return row?.id ?? null;
}

/** The owner's cart, created empty when it has none (safe under concurrent first adds). */
export async function findOrCreateCartId(db: Db, owner: CartOwner, now: Date): Promise<string> {
  return (await findOrCreateCart(db, owner, now)).id;
}

/** As findOrCreateCartId, saying whether this call made the cart. */
export async function findOrCreateCart(db: Db, owner: CartOwner, now: Date): Promise<{ id: string; created: boolean }> {
  const existing = await findCartId(db, owner);
  if (existing) return { id: existing, created: false };
  const inserted = await db
    .insert(carts)
    .values({
      id: newId('crt'),
      currency: SHOP_CURRENCY,
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

/**
 * Removes a cart this request created when its first change was refused: a refusal leaves
 * nothing behind. Only while it is untouched (version 0, no lines), so a concurrent change
 * that did land keeps it.
 */
export async function dropUntouchedCart(db: Db, cartId: string): Promise<boolean> {
  const dropped = rowsOf(
    z.object({ id: z.string() }),
    await db.execute(sql`DELETE FROM carts WHERE id = ${cartId} AND version = 0
      AND NOT EXISTS (SELECT 1 FROM cart_lines WHERE cart_id = ${cartId}) RETURNING id`),
  );
  return dropped.length > 0;
}
