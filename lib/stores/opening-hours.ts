import { TZDate } from '@date-fns/tz';
import type { WeeklyHours } from '@/lib/db/schema';

/** One stretch of time a store is open, as instants. */
export type OpeningPeriod = { opens: Date; closes: Date };

const hm = (hhmm: string) => hhmm.split(':').map(Number) as [number, number];

/**
 * The store's opening periods from the local day before `from` (a late night may run past
 * midnight) for `days` days, in order, worked out in the store's own time zone. Hours are
 * Monday first; a close at or before the opening time runs into the next day.
 */
export function openingPeriods(hours: WeeklyHours, timeZone: string, from: Date, days = 15): OpeningPeriod[] {
  const local = new TZDate(from.getTime(), timeZone);
  const periods: OpeningPeriod[] = [];
  for (let k = -1; k < days; k++) {
    const day = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + k, 12, 0, timeZone);
    const today = hours[(day.getDay() + 6) % 7];
    if (!today) continue;
    const [oh, om] = hm(today.open);
    const [ch, cm] = hm(today.close);
    const opens = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), oh, om, timeZone);
    const overnight = ch * 60 + cm <= oh * 60 + om;
    const closes = new TZDate(day.getFullYear(), day.getMonth(), day.getDate() + (overnight ? 1 : 0), ch, cm, timeZone);
    periods.push({ opens: new Date(opens.getTime()), closes: new Date(closes.getTime()) });
  }
  return periods;
}

/**
 * When a pickup hold ends. The rule: a hold runs for its promised length; if that moment falls
 * while the store is closed (say 06:40, or a closed Monday), the hold runs on to the closing
 * time of the store's next opening period, so the shopper always has a whole opening day to
 * come and the stock is never released while nobody could have collected it. A store with no
 * hours in the next two weeks keeps the promised moment.
 */
export function holdDeadline(promised: Date, hours: WeeklyHours, timeZone: string): Date {
  const periods = openingPeriods(hours, timeZone, promised);
  if (periods.some((p) => p.opens <= promised && promised <= p.closes)) return promised;
  return periods.find((p) => p.opens > promised)?.closes ?? promised;
}

/** Staff need this much opening time to pick an order (lib/orders/place-order.ts). */
export const PICKING_MINUTES = 120;

/**
 * When an order placed at `placedAt` is ready: after `minutes` of the store's opening time, so
 * an order placed after closing is ready two hours after the next opening, never at night.
 */
export function readyBy(placedAt: Date, hours: WeeklyHours, timeZone: string, minutes = PICKING_MINUTES): Date {
  let left = minutes * 60_000;
  for (const p of openingPeriods(hours, timeZone, placedAt)) {
    if (p.closes <= placedAt) continue;
    const start = Math.max(p.opens.getTime(), placedAt.getTime());
    const open = p.closes.getTime() - start;
    if (open >= left) return new Date(start + left);
    left -= open;
  }
  return new Date(placedAt.getTime() + minutes * 60_000);
}
