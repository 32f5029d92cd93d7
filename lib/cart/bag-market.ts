import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { carts, users } from '@/lib/db/schema';
import { BASE_MARKET, marketOrBase, type MarketCode } from '@/lib/markets/markets';
import { findCartId } from './find-cart';

/** The bag's market (carts.market). A bag that is not there is in the base market, as a new one starts. */
export async function bagMarket(db: Db, cartId: string): Promise<MarketCode> {
  const [cart] = await db.select({ market: carts.market }).from(carts).where(eq(carts.id, cartId));
  return marketOrBase(cart?.market);
}

/** An account's market: the one kept on it (users.market), else its bag's (the market follows the shopper). */
export async function accountMarket(db: Db, userId: string): Promise<MarketCode> {
  const [user] = await db.select({ market: users.market }).from(users).where(eq(users.id, userId));
  if (user?.market) return marketOrBase(user.market);
  const cartId = await findCartId(db, { userId });
  return cartId ? bagMarket(db, cartId) : BASE_MARKET;
}
