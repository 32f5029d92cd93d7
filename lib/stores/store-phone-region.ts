import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { stores } from '@/lib/db/schema';
import { DEFAULT_PHONE_REGION } from '@/lib/phone/normalize';
import { storeMarket } from './store-market';

/**
 * The region a phone typed at or for this store is read in: its market's. An unknown store
 * reads as the shop's home (the caller refuses the store itself with its own error).
 */
export async function storePhoneRegion(db: Db, storeId: string): Promise<string> {
  const [store] = await db.select({ country: stores.country }).from(stores).where(eq(stores.id, storeId));
  return store ? storeMarket(store.country).phoneRegion : DEFAULT_PHONE_REGION;
}
