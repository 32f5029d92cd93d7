import 'server-only';
import { inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { stores } from '@/lib/db/schema';

/** The base name and address and the translations of these stores, for storeTextIn. */
export async function loadStoreTexts(db: Db, storeIds: string[]) {
  if (storeIds.length === 0) return [];
  return db
    .select({
      id: stores.id,
      name: stores.name,
      street: stores.street,
      city: stores.city,
      translations: stores.translations,
    })
    .from(stores)
    .where(inArray(stores.id, storeIds));
}
