import { dateTimeFormat } from '@/lib/i18n/formatters';

/**
 * Delivery fees and dates: pure functions, so every rule is tested at its boundaries without
 * a database. Storage rows become `DeliveryRule`s in `delivery/repository.ts`.
 */
export type DeliveryRule = {
  code: string;
  currency: string;
  fee: number;
  /** Delivered items worth this much or more travel free; null: never free. */
  freeFrom: number | null;
  minDays: number;
  maxDays: number;
  /** Orders placed from this hour (local) leave the next business day. */
  cutoffHour: number;
  timeZone: string;
};

/** Calendar dates as `YYYY-MM-DD`, in the rule's time zone. */
export type DeliveryEstimate = { earliest: string; latest: string };

export type DeliveryQuote = {
  code: string;
  /** What this option costs this bag: 0 when free. */
  fee: number;
  /** The option's fee before any waiver. */
  baseFee: number;
  freeFrom: number | null;
  /** How much more of delivered items makes it free; null when already free or never free. */
  spendMore: number | null;
  estimate: DeliveryEstimate;
};

/** The calendar day and hour at `now` in a time zone. */
function localDay(now: Date, timeZone: string): { date: Date; hour: number } {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { date: new Date(Date.UTC(get('year'), get('month') - 1, get('day'))), hour: get('hour') };
}

const isBusinessDay = (day: Date) => day.getUTCDay() !== 0 && day.getUTCDay() !== 6;
const nextDay = (day: Date) => new Date(day.getTime() + 86_400_000);
const iso = (day: Date) => day.toISOString().slice(0, 10);

/** `days` business days (Monday to Friday) after `day`. */
export function addBusinessDays(day: Date, days: number): Date {
  let d = day;
  for (let left = days; left > 0;) {
    d = nextDay(d);
    if (isBusinessDay(d)) left--;
  }
  return d;
}

/** The day a parcel ordered at `now` leaves: today on a business day before the cut-off, else the next business day. */
export function dispatchDay(now: Date, rule: Pick<DeliveryRule, 'cutoffHour' | 'timeZone'>): Date {
  const { date, hour } = localDay(now, rule.timeZone);
  if (isBusinessDay(date) && hour < rule.cutoffHour) return date;
  let d = nextDay(date);
  while (!isBusinessDay(d)) d = nextDay(d);
  return d;
}

export function estimateDelivery(rule: DeliveryRule, now: Date): DeliveryEstimate {
  const leaves = dispatchDay(now, rule);
  return { earliest: iso(addBusinessDays(leaves, rule.minDays)), latest: iso(addBusinessDays(leaves, rule.maxDays)) };
}

/**
 * Every option for a bag whose delivered items come to `shippedSubtotal` (minor units, before
 * offers: the threshold the shopper reads is the price tags they add up). Nothing delivered,
 * nothing to quote.
 */
export function quoteDelivery(rules: DeliveryRule[], shippedSubtotal: number, now: Date): DeliveryQuote[] {
  if (shippedSubtotal <= 0) return [];
  return rules.map((rule) => {
    const free = rule.freeFrom !== null && shippedSubtotal >= rule.freeFrom;
    return {
      code: rule.code,
      fee: free ? 0 : rule.fee,
      baseFee: rule.fee,
      freeFrom: rule.freeFrom,
      spendMore: rule.freeFrom !== null && !free ? rule.freeFrom - shippedSubtotal : null,
      estimate: estimateDelivery(rule, now),
    };
  });
}

/** The option the shopper chose, else the first (the rules come cheapest first). */
export function chooseDelivery(quotes: DeliveryQuote[], code: string | undefined): DeliveryQuote | undefined {
  return code === undefined ? quotes[0] : quotes.find((q) => q.code === code);
}
