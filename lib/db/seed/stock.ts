import type { SeedAvailability } from './data/types';
import { randomInt, seededRandom } from './random';

export type StockLocation = { id: string; kind: 'store' | 'warehouse' };

/**
 * On-hand units for one variant at one location. Deterministic, and shaped so the
 * demo shows real differences: items only online, only in stores, scarce, or sold
 * out at some stores but not others.
 */
export function seededOnHand(availability: SeedAvailability, variantKey: string, location: StockLocation): number {
  const rand = seededRandom(`${variantKey}@${location.id}`);
  const roll = rand();
  if (location.kind === 'warehouse') {
    switch (availability) {
      case 'everywhere':
        return roll < 0.06 ? 0 : randomInt(rand, 8, 60);
      case 'online-only':
        return randomInt(rand, 5, 40);
      case 'store-only':
        return 0;
      case 'limited':
        return roll < 0.5 ? 0 : randomInt(rand, 1, 3);
    }
  }
  switch (availability) {
    case 'everywhere':
      return roll < 0.18 ? 0 : randomInt(rand, 1, 12);
    case 'online-only':
      return 0;
    case 'store-only':
      return roll < 0.3 ? 0 : randomInt(rand, 1, 8);
    case 'limited':
      return roll < 0.75 ? 0 : randomInt(rand, 1, 2);
  }
}
