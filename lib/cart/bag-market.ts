import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { carts } from '@/lib/db/schema';
import { BASE_MARKET, marketOfCurrency, type MarketCode } from '@/lib/markets/markets';
import { findCartId } from './find-cart';

/**
 * The bag's market: the market of its currency (each currency is one market's). A bag that is
 * not there is in the base market, as a new one starts.
 */
export async function bagMarket(db: Db, cartId: string): Promise<MarketCode> {
  const [cart] = await db.select({ currency: carts.currency }).from(carts).where(eq(carts.id, cartId));
  return marketOfCurrency(cart?.currency ?? '')?.code ?? BASE_MARKET;
}

/** The market of an account's bag (the market follows the shopper's bag across devices). */
export async function accountMarket(db: Db, userId: string): Promise<MarketCode> {
  const cartId = await findCartId(db, { userId });
  return cartId ? bagMarket(db, cartId) : BASE_MARKET;
}
