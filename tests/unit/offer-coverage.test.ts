import { describe, expect, it } from 'vitest';
import { radiusMap, storesInRegion, storesWithinRadius } from '@/lib/offers/coverage';

const seongsu = { id: 'seongsu', name: 'Aisle Seongsu', lat: 37.5445, lng: 127.0557, region: 'KR-11' };
/** 1,000 m north, and 2,500 m east, of Seongsu. */
const north = { id: 'north', name: 'North', lat: seongsu.lat + 1000 / 111_195, lng: seongsu.lng, region: 'KR-11' };
const east = {
  id: 'east',
  name: 'East',
  lat: seongsu.lat,
  lng: seongsu.lng + 2500 / (111_195 * Math.cos((seongsu.lat * Math.PI) / 180)),
  region: 'KR-41',
};
const busan = { id: 'busan', name: 'Busan', lat: 35.1631, lng: 129.1636, region: 'KR-26' };
const all = [seongsu, north, east, busan];

describe('offer coverage previews', () => {
  it('lists the stores a radius reaches, boundary included, as the engine measures store to store', () => {
    expect(storesWithinRadius(seongsu, 1000, all).map((s) => [s.id, s.distanceMeters])).toEqual([
      ['seongsu', 0],
      ['north', 1000],
    ]);
    expect(storesWithinRadius(seongsu, 999, all).map((s) => s.id)).toEqual(['seongsu']);
  });

  it('lists the stores of a region', () => {
    expect(storesInRegion('KR-11', all).map((s) => s.id)).toEqual(['seongsu', 'north']);
    expect(storesInRegion('KR-49', all)).toEqual([]);
  });

  it('draws the circle to scale, north up, with stores inside and outside and none far away', () => {
    const map = radiusMap(seongsu, 1500, all);
    expect(map.size).toBe(6000);
    expect(map.scaleMeters).toBe(1000);
    const at = Object.fromEntries(map.stores.map((s) => [s.id, s]));
    expect(at.seongsu).toMatchObject({ x: 3000, y: 3000, inside: true, center: true });
    expect(at.north!.x).toBeCloseTo(3000, 3);
    expect(at.north!.y).toBeCloseTo(2000, 0);
    expect(at.north!.inside).toBe(true);
    expect(at.east!.x).toBeCloseTo(5500, 0);
    expect(at.east!.inside).toBe(false);
    expect(at.busan).toBeUndefined();
  });
});
