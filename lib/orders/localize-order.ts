import 'server-only';
import { localizeLines } from '@/lib/catalog/localize-lines';
import type { Db } from '@/lib/db';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/translate';
import { loadStoreTexts } from '@/lib/stores/load-store-texts';
import { storeTextIn } from '@/lib/stores/store-text';
import type { Order } from './schema';

/**
 * Orders as the shopper reads them in `locale`: the lines' product, colour and size names and the
 * stores' names and addresses there. What was bought stays as it was recorded; only the words change.
 */
export async function localizeOrders(db: Db, list: Order[], locale: Locale): Promise<Order[]> {
  if (locale === DEFAULT_LOCALE || list.length === 0) return list;
  const storeIds = [
    ...new Set(list.flatMap((o) => [o.storeId, o.shipFromStore?.id, ...o.pickups.map((p) => p.storeId)])),
  ].filter((id): id is string => !!id);
  const [rows, lines] = await Promise.all([
    loadStoreTexts(db, storeIds),
    localizeLines(
      db,
      list.flatMap((o) => o.lines),
      locale,
    ),
  ]);
  const text = new Map(rows.map((s) => [s.id, storeTextIn(s, locale)]));
  let at = 0;
  return list.map((o) => {
    const own = lines.slice(at, (at += o.lines.length));
    const pickupIn = (p: Order['pickups'][number]) => {
      const t = text.get(p.storeId);
      return t ? { ...p, storeName: t.name, store: { ...p.store, street: t.street, city: t.city } } : p;
    };
    const pickups = o.pickups.map(pickupIn);
    return {
      ...o,
      lines: own,
      pickups,
      ...(o.pickup ? { pickup: pickupIn(o.pickup) } : {}),
      ...(o.storeId ? { storeName: text.get(o.storeId)?.name ?? o.storeName } : {}),
      ...(o.shipFromStore
        ? { shipFromStore: { ...o.shipFromStore, name: text.get(o.shipFromStore.id)?.name ?? o.shipFromStore.name } }
        : {}),
    };
  });
}
