import 'server-only';
import { asc } from 'drizzle-orm';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { catalogCache } from '@/lib/cache/catalog-cache';
import type { Db } from '@/lib/db';
import { stores } from '@/lib/db/schema';
import { distanceMeters, type LatLng } from '@/lib/geo/distance';
import type { MarketCode } from '@/lib/markets/markets';
import { isOpenAt } from './hours';
import { storeMarket } from './store-market';
import type { Store } from './schema';

/** Store rows (addresses, hours) change rarely; open-now and distance are worked out per request. */
const storeRows = catalogCache(
  (db: Db) => db.select().from(stores).orderBy(asc(stores.name)),
  () => 'all',
);

/** After a store is written in this instance: its next list reads the rows again. */
export function forgetStoreRows(db: Db): void {
  storeRows.forget(db);
}

/** A stored store as the API shows it, at `now` (open or not) and from `near` (how far). */
export function toStore(s: typeof stores.$inferSelect, opts: { near?: LatLng; now: Date }): Store {
  return {
    id: s.id,
    slug: s.slug,
    name: s.name,
    address: { street: s.street, city: s.city, region: s.region, postalCode: s.postalCode, country: s.country },
    lat: s.lat,
    lng: s.lng,
    phone: s.phone,
    phoneDisplay: s.phone ? (parsePhoneNumberFromString(s.phone)?.formatNational() ?? s.phone) : '',
    timezone: s.timezone,
    ...(opts.near ? { distanceMeters: distanceMeters(opts.near, s) } : {}),
    openNow: isOpenAt(s.hours, s.timezone, opts.now),
    climate: s.climate as Store['climate'],
    hours: s.hours,
    pickup: s.pickup,
    translations: s.translations,
  };
}

/**
 * The stores of a market (every store when none is named), nearest first when the caller gives
 * a position (which is never stored); with `pickupOnly`, only the stores shoppers may choose for
 * pickup now. A store of another market is no pickup for a bag here, so it is not listed.
 */
export async function listStores(
  db: Db,
  opts: { near?: LatLng; now: Date; pickupOnly?: boolean; market?: MarketCode },
): Promise<Store[]> {
  const rows = await storeRows(db);
  const list = rows
    .filter((s) => (!opts.pickupOnly || s.pickup) && (!opts.market || storeMarket(s.country).code === opts.market))
    .map((s) => toStore(s, opts));
  if (opts.near) list.sort((a, b) => (a.distanceMeters ?? 0) - (b.distanceMeters ?? 0));
  return list;
}
