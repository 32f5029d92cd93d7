import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { inventoryLocations, stores, type StoreTranslations } from '@/lib/db/schema';
import { newId } from '@/lib/ids';
import { forgetStoreRows } from './list-stores';
import type { StoreUpsertBody } from './upsert-schema';

type StoreRow = typeof stores.$inferSelect;
export type UpsertStatus = 'created' | 'updated' | 'unchanged';

/** The columns a store's upsert body sets, in the form they are stored. */
function columnsOf(body: StoreUpsertBody): Omit<StoreRow, 'id' | 'slug'> {
  const translations: StoreTranslations = {};
  for (const locale of ['ko', 'ja'] as const) {
    const text = {
      ...(body.name[locale] ? { name: body.name[locale] } : {}),
      ...(body.address.street[locale] ? { street: body.address.street[locale] } : {}),
      ...(body.address.city[locale] ? { city: body.address.city[locale] } : {}),
    };
    if (Object.keys(text).length) translations[locale] = text;
  }
  return {
    name: body.name.en,
    street: body.address.street.en,
    city: body.address.city.en,
    region: body.address.region,
    postalCode: body.address.postalCode,
    country: body.country,
    lat: body.lat,
    lng: body.lng,
    phone: body.phone ?? '',
    timezone: body.timezone,
    hours: body.hours,
    climate: body.climate ?? 'mild',
    pickup: body.pickup,
    translations,
  };
}

/** Order-insensitive for object keys (jsonb gives them back in its own order). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Creates or updates the store with this code (its slug) from the retailer's systems. A new
 * store gets its stock location in the same transaction; a body that says what is stored
 * already writes nothing (`unchanged`). Closing a store for pickup (`pickup: false`) takes it
 * out of pickup choices; the holds it has are kept and run their course.
 */
export async function upsertStore(
  db: Db,
  code: string,
  body: StoreUpsertBody,
): Promise<{ status: UpsertStatus; store: StoreRow }> {
  const wanted = columnsOf(body);
  const result = await inTransaction(db, async (tx) => {
    const locked = () => tx.select().from(stores).where(eq(stores.slug, code)).for('update');
    let [current] = await locked();
    if (!current) {
      const id = newId('str');
      const inserted = await tx
        .insert(stores)
        .values({ id, slug: code, ...wanted })
        // Two first PUTs of one code at once: the second waits here, then updates below.
        .onConflictDoNothing({ target: stores.slug })
        .returning();
      if (inserted[0]) {
        await tx.insert(inventoryLocations).values({ id: newId('loc'), kind: 'store', name: wanted.name, storeId: id });
        return { status: 'created' as const, store: inserted[0] };
      }
      [current] = await locked();
      if (!current) throw new Error('A store being created vanished');
    }
    const { id, slug, ...stored } = current;
    if (canonical(stored) === canonical(wanted)) return { status: 'unchanged' as const, store: current };
    const [updated] = await tx.update(stores).set(wanted).where(eq(stores.id, id)).returning();
    if (stored.name !== wanted.name) {
      await tx.update(inventoryLocations).set({ name: wanted.name }).where(eq(inventoryLocations.storeId, id));
    }
    return { status: 'updated' as const, store: updated ?? { id, slug, ...wanted } };
  });
  if (result.status !== 'unchanged') forgetStoreRows(db);
  return result;
}
