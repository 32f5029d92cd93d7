import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { pickups } from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';
import type { TillSigner } from './route';

/**
 * A store's till handles only its own store's pickups: an order with none at the signer's store
 * is refused (403) before anything is read or written. The retailer's secret (the back office)
 * may handle any, and is told 404 for a pickup that does not exist.
 */
export async function assertTillMayHandlePickup(db: Db, till: TillSigner, orderId: string): Promise<void> {
  if (till.kind === 'retailer') return;
  const [own] = await db
    .select({ id: pickups.id })
    .from(pickups)
    .where(and(eq(pickups.orderId, orderId), eq(pickups.storeId, till.storeId)));
  if (!own) throw new AppError('forbidden', "This order has no pickup at the till's store");
}
