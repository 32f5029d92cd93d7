import 'server-only';
import type { Db } from '@/lib/db';
import { assertWithinLimit } from '@/lib/security/assert-within-limit';

export const CHECKOUT_WINDOW_MS = 10 * 60 * 1000;
/** Checkout attempts per bag (or account) in the window: card testing needs many, a shopper few. */
export const CHECKOUT_LIMIT_PER_CALLER = 10;

/** Counts a checkout attempt for the caller and for the address; 429 with Retry-After past either limit. */
export async function limitCheckout(
  db: Db,
  opts: { scope: string; address: string; perAddress: number; now: Date },
): Promise<void> {
  const hits = [
    { key: `checkout:caller:${opts.scope}`, limit: CHECKOUT_LIMIT_PER_CALLER },
    { key: `checkout:ip:${opts.address}`, limit: opts.perAddress },
  ].map((hit) => ({ ...hit, windowMs: CHECKOUT_WINDOW_MS, now: opts.now }));
  await assertWithinLimit(db, hits, 'Too many checkout attempts; try again shortly');
}
