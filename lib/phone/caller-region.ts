import 'server-only';
import { accountMarket } from '@/lib/cart/bag-market';
import type { Db } from '@/lib/db';
import { BASE_MARKET, MARKETS } from '@/lib/markets/markets';

/**
 * The region a shopper's typed phone is read in: their account's market (the bag's, which follows
 * them across devices); a caller not signed in is read in the base market.
 */
export async function phoneRegionOfCaller(db: Db, user: { id: string } | null | undefined): Promise<string> {
  return MARKETS[user ? await accountMarket(db, user.id) : BASE_MARKET].phoneRegion;
}
