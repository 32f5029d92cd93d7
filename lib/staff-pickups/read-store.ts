import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { stores } from '@/lib/db/schema';
import type { Locale } from '@/lib/i18n/translate';
import { localStoreName } from '@/lib/staff/store-name';
import { notFoundError } from '@/lib/http/errors';

/** The store a staff page is about: its id and its name in the console's language; 404 when there is none. */
export async function readStaffStoreOrThrow(
  db: Db,
  storeId: string,
  locale: Locale,
): Promise<{ id: string; name: string }> {
  const [store] = await db
    .select({ id: stores.id, name: stores.name, translations: stores.translations })
    .from(stores)
    .where(eq(stores.id, storeId));
  if (!store) throw notFoundError('Store');
  return { id: store.id, name: localStoreName(store, locale) };
}
