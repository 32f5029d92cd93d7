import { distanceMeters, type LatLng } from '@/lib/geo/distance';
import type { MarketCode } from '@/lib/markets/markets';

/*
 * What a target covers, as the engine decides it (engine.ts `targetReason`), for the console's
 * previews: pure, so the map and the lists are tested without a browser.
 */

export type PlaceOnMap = LatLng & { id: string; name: string; region: string };

/** What the offers form picks from: stores (where they are, and their market), categories, regions. */
export type OfferFormChoices = {
  stores: (PlaceOnMap & { market: MarketCode })[];
  categories: { id: string; name: string }[];
  regions: { code: string; name: string }[];
};

/**
 * Stores whose shoppers get a near-store offer by choosing them: the store itself and any within
 * the radius (the engine measures store to store), nearest first.
 */
export function storesWithinRadius<S extends PlaceOnMap>(
  center: S,
  radiusMeters: number,
  stores: readonly S[],
): (S & { distanceMeters: number })[] {
  return stores
    .map((s) => ({ ...s, distanceMeters: s.id === center.id ? 0 : distanceMeters(center, s) }))
    .filter((s) => s.distanceMeters <= radiusMeters)
    .sort((a, b) => a.distanceMeters - b.distanceMeters);
}

/** Stores in an ISO 3166-2 region: choosing one of them puts a shopper in it. */
export function storesInRegion<S extends PlaceOnMap>(region: string, stores: readonly S[]): S[] {
  return stores.filter((s) => s.region === region);
}

export type RadiusMap = {
  /** The SVG's square view box side, in its own units (metres on the ground). */
  size: number;
  radius: number;
  /** The scale bar: its length in metres, a round number about a quarter of the view. */
  scaleMeters: number;
  stores: { id: string; name: string; x: number; y: number; inside: boolean; center: boolean }[];
};

const M_PER_DEG_LAT = 111_195;

/**
 * The circle to scale around `center`, with the other stores nearby (within twice the radius,
 * the view's edge) placed by a local flat projection: at a city's scale the error is under 0.1%.
 * Coordinates are metres from the view's top-left corner; north is up.
 */
export function radiusMap(center: PlaceOnMap, radiusMeters: number, stores: readonly PlaceOnMap[]): RadiusMap {
  const half = radiusMeters * 2;
  const mPerDegLng = M_PER_DEG_LAT * Math.cos((center.lat * Math.PI) / 180);
  const placed = stores.flatMap((s) => {
    const x = half + (s.lng - center.lng) * mPerDegLng;
    const y = half - (s.lat - center.lat) * M_PER_DEG_LAT;
    const onView = x >= 0 && x <= half * 2 && y >= 0 && y <= half * 2;
    if (!onView && s.id !== center.id) return [];
    const d = s.id === center.id ? 0 : distanceMeters(center, s);
    return [{ id: s.id, name: s.name, x, y, inside: d <= radiusMeters, center: s.id === center.id }];
  });
  return { size: half * 2, radius: radiusMeters, scaleMeters: roundScale(half / 2), stores: placed };
}

/** 1, 2 or 5 times a power of ten, at most `meters`. */
function roundScale(meters: number): number {
  const power = 10 ** Math.floor(Math.log10(meters));
  return [5, 2, 1].map((m) => m * power).find((v) => v <= meters) ?? power;
}
