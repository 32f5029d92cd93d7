import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { stores } from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';
import { BASE_MARKET, marketOf, marketOfCountry, type MarketCode } from '@/lib/markets/markets';

/**
 * Refuses a store that does not exist (422), is in another market than the bag's (422
 * `pickup_other_market`: a JP bag is priced in yen and collected in Japan), or does not take
 * pickup orders now (409 `pickup_unavailable`).
 */
export async function assertTakesPickup(
  db: Db,
  storeId: string,
  field: string,
  market: MarketCode = BASE_MARKET,
): Promise<void> {
  const store = await assertStoreInMarket(db, storeId, field, market);
  if (!store.pickup) throw pickupUnavailable(field);
}

/** Refuses a store that does not exist (422) or is not in the bag's market (422 `pickup_other_market`). */
export async function assertStoreInMarket(db: Db, storeId: string, field: string, market: MarketCode) {
  const [store] = await db
    .select({ pickup: stores.pickup, country: stores.country })
    .from(stores)
    .where(eq(stores.id, storeId));
  return storeInMarket(store, field, market);
}

/** assertStoreInMarket on a store row read with something else (undefined: no such store). */
export function storeInMarket<S extends { pickup: boolean; country: string }>(
  store: S | undefined,
  field: string,
  market: MarketCode,
): S {
  if (!store) throw new AppError('invalid_request', 'No such store', { fields: { [field]: ['No such store'] } });
  if (!marketOf(market).countries.includes(store.country))
    throw new AppError('pickup_other_market', `This store is not in the bag's market (${market}); choose one there`, {
      fields: { [field]: [`Not a store in ${market}`] },
      details: { market, storeMarket: marketOfCountry(store.country)?.code ?? null },
    });
  return store;
}

export function pickupUnavailable(field: string, details?: Record<string, unknown>): AppError {
  return new AppError('pickup_unavailable', 'This store does not take pickup orders at the moment; choose another', {
    fields: { [field]: ['Takes no pickup orders now'] },
    ...(details ? { details } : {}),
  });
}
