import type { Store } from './schema';
import { storeMarket } from './store-market';

/** A store as the bag's pickup choice needs it: which market it sells in decides whether the bag may name it. */
export function toStoreOption(s: Store) {
  return { id: s.id, name: s.name, city: s.address.city, pickup: s.pickup, market: storeMarket(s.address.country).code };
}
