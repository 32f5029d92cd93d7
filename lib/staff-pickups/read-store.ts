import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { stores } from '@/lib/db/schema';
import { notFoundError } from '@/lib/http/errors';

/** The store a staff page is about: its id and name; 404 when there is none. */
export async function readStaffStoreOrThrow(db: Db, storeId: string): Promise<{ id: string; name: string }> {
  const [store] = await db.select({ id: stores.id, name: stores.name }).from(stores).where(eq(stores.id, storeId));
  if (!store) throw notFoundError('Store');
  return store;
}
