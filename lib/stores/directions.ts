/** A place to be directed to: the store's name and its shopfront. */
export type Destination = { name: string; lat: number; lng: number };

export type DirectionsLink = { app: 'kakao' | 'naver' | 'google'; url: string };

/**
 * Directions to a store in the three map apps Korean shoppers use. Each opens the web map (and
 * the app, where installed) with the store as the destination and the shopper's own position
 * as the start.
 * - Kakao Map: `https://map.kakao.com/link/to/{name},{lat},{lng}` (Kakao's documented map link;
 *   commas separate the fields, so none may stay in the name).
 * - Naver Map: `https://map.naver.com/p/directions/-/{lng},{lat},{name},,PLACE_POI/-/transit`
 *   (origin left to the app, destination longitude first).
 * - Google Maps: `https://www.google.com/maps/dir/?api=1&destination={lat},{lng}` (Maps URLs).
 */
export function directionsLinks(to: Destination): DirectionsLink[] {
  const name = encodeURIComponent(to.name.replace(/,/g, ' '));
  const lat = to.lat.toFixed(6);
  const lng = to.lng.toFixed(6);
  return [
    { app: 'kakao', url: `https://map.kakao.com/link/to/${name},${lat},${lng}` },
    { app: 'naver', url: `https://map.naver.com/p/directions/-/${lng},${lat},${name},,PLACE_POI/-/transit` },
    { app: 'google', url: `https://www.google.com/maps/dir/?api=1&destination=${lat},${lng}` },
  ];
}
