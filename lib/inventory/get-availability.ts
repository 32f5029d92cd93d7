import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { distanceMeters, type LatLng } from '@/lib/geo/distance';
import { AppError } from '@/lib/http/errors';
import { BASE_MARKET, marketOf, type MarketCode } from '@/lib/markets/markets';
import { storeMarket } from '@/lib/stores/store-market';
import { shownAvailableSql } from './available-sql';
import type { Availability } from './schema';

const locationRow = z.object({
  kind: z.string(),
  market: z.string().nullable(),
  store_id: z.string().nullable(),
  name: z.string(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  lat: sqlNumber.nullable(),
  lng: sqlNumber.nullable(),
  available: sqlNumber.nullable(),
  pickup: z.boolean().nullable(),
  exists: z.boolean(),
});

/**
 * A variant's availability for shipping and at every store of the market that takes pickup
 * orders (every market's when none is named), nearest first: from the shopper's position when
 * given, else from their chosen store. A store of another market is no pickup for this bag.
 */
export async function getAvailability(
  db: Db,
  q: { variantId: string; near?: LatLng; storeId?: string; market?: MarketCode },
): Promise<Availability> {
  const rows = rowsOf(
    locationRow,
    await db.execute(sql`
      SELECT l.kind, l.market, l.store_id, l.name, s.city, s.country, s.lat, s.lng, s.pickup,
        ${shownAvailableSql('sl', 'l')} AS available,
        EXISTS (SELECT 1 FROM variants WHERE id = ${q.variantId}) AS exists
      FROM inventory_locations l
      LEFT JOIN stores s ON s.id = l.store_id
      LEFT JOIN stock_levels sl ON sl.location_id = l.id AND sl.variant_id = ${q.variantId}`),
  );
  if (!rows[0]?.exists)
    throw new AppError('invalid_request', 'No such product variant', {
      fields: { variantId: ['No such product variant'] },
    });
  const inMarket = (country: string | null) => !q.market || storeMarket(country ?? '').code === q.market;
  const chosen = rows.find((r) => r.store_id === q.storeId);
  const origin =
    q.near ?? (chosen?.lat != null && chosen.lng != null ? { lat: chosen.lat, lng: chosen.lng } : undefined);
  const stores = rows
    // A store closed for pickup is no choice for one, whatever it has on its shelves.
    .filter((r) => r.kind === 'store' && r.store_id && r.pickup && inMarket(r.country))
    .map((r) => ({
      storeId: r.store_id!,
      name: r.name,
      city: r.city ?? '',
      ...(origin && r.lat != null && r.lng != null
        ? { distanceMeters: distanceMeters(origin, { lat: r.lat, lng: r.lng }) }
        : {}),
      available: Number(r.available ?? 0),
    }))
    .sort((a, b) => (a.distanceMeters ?? 0) - (b.distanceMeters ?? 0) || a.name.localeCompare(b.name));
  // Delivery comes from the warehouse that ships the market's orders (Korea's for the US).
  const shipsFrom = marketOf(q.market ?? BASE_MARKET).shipsFrom;
  const ship = rows.find((r) => r.kind === 'warehouse' && r.market === shipsFrom);
  return { ship: { available: Number(ship?.available ?? 0) }, stores };
}
