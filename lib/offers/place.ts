import 'server-only';
import type { Env } from '@/lib/env';
import { choosePlace, type ShopperPlace } from './engine';

/** The header the storefront sends the position the shopper allowed with: `lat,lng`. Never stored or logged. */
export const LOCATION_HEADER = 'x-aisle-location';

export function parsePoint(value: string | null | undefined): { lat: number; lng: number } | undefined {
  const match = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/.exec(value ?? '');
  if (!match) return undefined;
  const lat = Number(match[1]);
  const lng = Number(match[2]);
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : undefined;
}

/** The coarse region a CDN put in the request headers, as ISO 3166-2 (`KR-26`), if configured. */
export function regionFromHeaders(
  headers: Headers,
  env: Pick<Env, 'AISLE_GEO_REGION_HEADER' | 'AISLE_GEO_COUNTRY_HEADER'>,
) {
  if (!env.AISLE_GEO_REGION_HEADER) return undefined;
  const raw = headers.get(env.AISLE_GEO_REGION_HEADER)?.trim().toUpperCase();
  if (!raw || !/^[A-Z0-9]{1,3}(-[A-Z0-9]{1,3})?$/.test(raw)) return undefined;
  if (raw.includes('-')) return raw;
  const country = (env.AISLE_GEO_COUNTRY_HEADER ? headers.get(env.AISLE_GEO_COUNTRY_HEADER) : null)
    ?.trim()
    .toUpperCase();
  return `${country && /^[A-Z]{2}$/.test(country) ? country : 'KR'}-${raw}`;
}

/**
 * Where the shopper is, in the order the spec trusts: the position they allowed (query or
 * header), else the store they chose, else the CDN's region, else nowhere.
 */
export function shopperPlaceOf(
  input: { point?: { lat: number; lng: number }; storeId?: string | null; headers: Headers },
  env: Pick<Env, 'AISLE_GEO_REGION_HEADER' | 'AISLE_GEO_COUNTRY_HEADER'>,
): ShopperPlace {
  return choosePlace({
    point: input.point ?? parsePoint(input.headers.get(LOCATION_HEADER)),
    storeId: input.storeId,
    region: regionFromHeaders(input.headers, env),
  });
}
