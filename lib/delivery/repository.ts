import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { epochCached } from '@/lib/db/epoch-cache';
import { deliveryOptions } from '@/lib/db/schema';
import type { DeliveryRule } from './engine';

/** The active delivery options of a currency (a market), in the order the shop lists them. */
export async function loadDeliveryRules(db: Db, currency: string, epoch?: number): Promise<DeliveryRule[]> {
  if (epoch !== undefined)
    return epochCached(epoch, `delivery-rules:${currency}`, () => loadDeliveryRules(db, currency));
  return db
    .select({
      code: deliveryOptions.code,
      currency: deliveryOptions.currency,
      fee: deliveryOptions.fee,
      freeFrom: deliveryOptions.freeFrom,
      minDays: deliveryOptions.minDays,
      maxDays: deliveryOptions.maxDays,
      cutoffHour: deliveryOptions.cutoffHour,
      timeZone: deliveryOptions.timeZone,
    })
    .from(deliveryOptions)
    .where(and(eq(deliveryOptions.currency, currency), eq(deliveryOptions.active, true)))
    .orderBy(asc(deliveryOptions.position), asc(deliveryOptions.code));
}
