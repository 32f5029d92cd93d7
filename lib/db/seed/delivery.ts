import { stableId } from '@/lib/ids';
import type * as t from '../schema';

/**
 * The demo retailer's delivery, one set per market's currency, in minor units:
 * - Korea: standard ₩3,000, free from ₩50,000, 1–2 business days; express ₩6,000, the next
 *   business day when ordered by 2 pm in Seoul.
 * - Japan (from the Japanese warehouse): standard ¥500, free from ¥5,000, 1–2 days; express ¥1,000.
 * - Singapore (from the Singapore warehouse): standard S$5.90, free from S$60, 1–3 days; express S$12.90.
 * - United States: shipped internationally from the Korean warehouse, so dispatch follows Seoul's
 *   business days and the promise is longer: standard US$14.99, free from US$150, 6–10 business
 *   days; express US$29.99, 3–5 business days.
 */
export function buildDeliveryRows(): (typeof t.deliveryOptions.$inferInsert)[] {
  const seoul = { currency: 'KRW', timeZone: 'Asia/Seoul', cutoffHour: 14 };
  const tokyo = { currency: 'JPY', timeZone: 'Asia/Tokyo', cutoffHour: 14 };
  const singapore = { currency: 'SGD', timeZone: 'Asia/Singapore', cutoffHour: 14 };
  const usFromSeoul = { currency: 'USD', timeZone: 'Asia/Seoul', cutoffHour: 12 };
  return [
    { code: 'standard', fee: 3_000, freeFrom: 50_000, minDays: 1, maxDays: 2, position: 0, ...seoul },
    { code: 'express', fee: 6_000, freeFrom: null, minDays: 1, maxDays: 1, position: 1, ...seoul },
    { code: 'standard', fee: 500, freeFrom: 5_000, minDays: 1, maxDays: 2, position: 0, ...tokyo },
    { code: 'express', fee: 1_000, freeFrom: null, minDays: 1, maxDays: 1, position: 1, ...tokyo },
    { code: 'standard', fee: 590, freeFrom: 6_000, minDays: 1, maxDays: 3, position: 0, ...singapore },
    { code: 'express', fee: 1_290, freeFrom: null, minDays: 1, maxDays: 1, position: 1, ...singapore },
    { code: 'standard', fee: 1_499, freeFrom: 15_000, minDays: 6, maxDays: 10, position: 0, ...usFromSeoul },
    { code: 'express', fee: 2_999, freeFrom: null, minDays: 3, maxDays: 5, position: 1, ...usFromSeoul },
  ].map((o) => ({ ...o, id: stableId('dlv', `${o.currency}/${o.code}`) }));
}
