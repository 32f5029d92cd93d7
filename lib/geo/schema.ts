import { z } from 'zod';

const coordinate = (min: number, max: number) => z.coerce.number({ error: 'Must be a number' }).min(min).max(max);

/** Optional `lat` / `lng` query parameters; use with `bothOrNeither`. */
export const positionShape = {
  lat: coordinate(-90, 90).optional(),
  lng: coordinate(-180, 180).optional(),
};

export const bothOrNeither: [(q: { lat?: number; lng?: number }) => boolean, { path: string[]; message: string }] = [
  (q) => (q.lat === undefined) === (q.lng === undefined),
  { path: ['lat'], message: 'Give both lat and lng, or neither' },
];
