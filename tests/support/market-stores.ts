import type { Db } from '@/lib/db';
import { inventoryLocations, stores } from '@/lib/db/schema';
import { stableId } from '@/lib/ids';
import { forgetStoreRows } from '@/lib/stores/list-stores';

const DAY = { open: '10:00', close: '21:00' };

/** Stores abroad the tests place themselves (the demo seed's arrive with the content seed): Shibuya and Orchard. */
export const ABROAD = {
  shibuya: {
    slug: 'shibuya-test',
    name: 'Aisle Shibuya (test)',
    street: '1-23-10 Jinnan, Shibuya-ku',
    city: 'Tokyo',
    region: 'JP-13',
    postalCode: '150-0041',
    country: 'JP',
    lat: 35.6628,
    lng: 139.6995,
    phone: '+81354560001',
    timezone: 'Asia/Tokyo',
  },
  orchard: {
    slug: 'orchard-test',
    name: 'Aisle Orchard (test)',
    street: '313 Orchard Road',
    city: 'Singapore',
    region: 'SG-01',
    postalCode: '238895',
    country: 'SG',
    lat: 1.3015,
    lng: 103.8378,
    phone: '+6562350001',
    timezone: 'Asia/Singapore',
  },
} as const;

/** Puts the store and its stock location in; returns the ids. */
export async function placeStore(db: Db, which: keyof typeof ABROAD) {
  const s = ABROAD[which];
  const id = stableId('str', s.slug);
  const locationId = stableId('loc', s.slug);
  await db
    .insert(stores)
    .values({ id, ...s, hours: [DAY, DAY, DAY, DAY, DAY, DAY, DAY] })
    .onConflictDoNothing();
  await db
    .insert(inventoryLocations)
    .values({ id: locationId, kind: 'store', name: s.name, storeId: id })
    .onConflictDoNothing();
  // The store list is cached per instance: the next read sees the new store.
  forgetStoreRows(db);
  return { storeId: id, locationId };
}
