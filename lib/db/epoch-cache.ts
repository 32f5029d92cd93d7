import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from './open-db';
import { cartViewEpoch } from './schema';

/*
 * Reads that change only with the catalog (offers, stores, delivery options), kept per instance
 * for as long as the catalog epoch stands: migration 0027_cart_view_epoch moves `cart_view_epoch.n` on with every
 * statement that changes those tables, in the same transaction, so any instance's next read of
 * the epoch sees a change made through any other. The epoch is read with something else where it
 * can be (the cart's head row: `cartViewEpochSql`).
 */

/** The catalog epoch as a column of another query. */
export const cartViewEpochSql = sql`(SELECT n FROM cart_view_epoch WHERE id = 1)`;

/** Moves the epoch on, as the catalog triggers do: for a change no trigger sees (an offer's last use). */
export async function bumpCartViewEpoch(tx: Db): Promise<void> {
  await tx.execute(sql`UPDATE cart_view_epoch SET n = nextval('cart_view_epoch_seq') WHERE id = 1`);
}

/**
 * Moves the epoch on by a random stride as a database is opened: databases made from one template
 * or dump (the tests') start at one number, and one process may hold several. Forward only.
 */
export async function scatterCartViewEpoch(db: Db): Promise<void> {
  await db
    .update(cartViewEpoch)
    .set({ n: sql`setval('cart_view_epoch_seq', nextval('cart_view_epoch_seq') + (random() * 1e12)::bigint)` })
    .where(eq(cartViewEpoch.id, 1));
}

const KEY = Symbol.for('aisle.epoch-cache');
type Entry = { epoch: number; value: Promise<unknown> };
const holder = globalThis as { [KEY]?: Map<string, Entry> };
/** A handful of keys (one per market or currency and kind): no eviction is needed beyond replacing. */
const entries = (holder[KEY] ??= new Map());

/** `load()` once per (key, epoch); a failed load is not kept. */
export function epochCached<T>(epoch: number, key: string, load: () => Promise<T>): Promise<T> {
  const hit = entries.get(key);
  if (hit && hit.epoch === epoch) return hit.value as Promise<T>;
  const value = load();
  entries.set(key, { epoch, value });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}
