import { randomInt } from 'node:crypto';
import { dateTimeFormat, SHOP_TIME_ZONE } from '@/lib/i18n/formatters';

// No 0/O, 1/I/L: codes are read aloud and typed at the till.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

function pick(n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

/** YYMMDD of the shop's day (Seoul), not UTC's: an order at 08:30 in Seoul is dated that day. */
export function shopDateCode(at: Date): string {
  const parts = dateTimeFormat('en-US', { timeZone: SHOP_TIME_ZONE, year: '2-digit', month: '2-digit', day: '2-digit' })
    .formatToParts(at)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return `${parts.year}${parts.month}${parts.day}`;
}

/** e.g. AI-261124-7KQ2M: the date makes it easy to find, the 5 random characters unique per day. */
export function newOrderNumber(now: Date): string {
  const ymd = shopDateCode(now);
  return `AI-${ymd}-${pick(5)}`;
}

/** 6 characters (about 30 bits): shown as text and QR, checked at collection. */
export function newPickupCode(): string {
  return pick(6);
}
