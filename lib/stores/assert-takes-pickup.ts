import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { stores } from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';

/** Refuses a store that does not exist (422) or does not take pickup orders now (409 `pickup_unavailable`). */
export async function assertTakesPickup(db: Db, storeId: string, field: string): Promise<void> {
  const [store] = await db.select({ pickup: stores.pickup }).from(stores).where(eq(stores.id, storeId));
  if (!store) throw new AppError('invalid_request', 'No such store', { fields: { [field]: ['No such store'] } });
  if (!store.pickup) throw pickupUnavailable(field);
}

export function pickupUnavailable(field: string, details?: Record<string, unknown>): AppError {
  return new AppError('pickup_unavailable', 'This store does not take pickup orders at the moment; choose another', {
    fields: { [field]: ['Takes no pickup orders now'] },
    ...(details ? { details } : {}),
  });
}
