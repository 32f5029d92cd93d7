/**
 * The last bag this browser was shown, kept in IndexedDB so the bag opens offline (the worker
 * serves a bag page that holds no one's data and the page reads the bag from here). Never in
 * the worker's caches: personal answers stay `private, no-store`. The page and the worker both
 * forget it when a session ends, as they forget the offline queue.
 */
import { idbStore } from './idb-store';
import type { Cart } from '@/lib/cart/schema';

export type BagSnapshot = {
  /** Whose bag it is (lib/cart/owner-tag.ts): offline changes are queued for this owner. */
  owner: string;
  /** The shopper's language, so the worker serves the offline bag page in it. */
  locale: string;
  cart: Cart;
  savedAt: number;
};

const DB = 'aisle-bag';
const STORE = 'snapshot';
const KEY = 'last';

const run = idbStore(DB, STORE);

export const saveBagSnapshot = (snapshot: BagSnapshot) => run('readwrite', (s) => s.put(snapshot, KEY)).then(() => {});
export const readBagSnapshot = () =>
  run('readonly', (s) => s.get(KEY) as IDBRequest<BagSnapshot | undefined>).then((v) => v ?? null);
export const clearBagSnapshot = () => run('readwrite', (s) => s.delete(KEY)).then(() => {});
