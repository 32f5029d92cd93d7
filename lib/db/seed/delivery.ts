import { stableId } from '@/lib/ids';
import type * as t from '../schema';

/**
 * The demo retailer's delivery in Korea: standard delivery ₩3,000, free from ₩50,000, in 1–2
 * business days; express ₩6,000, the next business day when ordered by 2 pm in Seoul. Other
 * markets add their own rows under their currency.
 */
export function buildDeliveryRows(): (typeof t.deliveryOptions.$inferInsert)[] {
  const seoul = { currency: 'KRW', timeZone: 'Asia/Seoul', cutoffHour: 14 };
  return [
    { code: 'standard', fee: 3_000, freeFrom: 50_000, minDays: 1, maxDays: 2, position: 0, ...seoul },
    { code: 'express', fee: 6_000, freeFrom: null, minDays: 1, maxDays: 1, position: 1, ...seoul },
  ].map((o) => ({ ...o, id: stableId('dlv', `${o.currency}/${o.code}`) }));
}
