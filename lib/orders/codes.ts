import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: codes are read aloud and typed at the till.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

function pick(n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

/** e.g. AI-261124-7KQ2M: the date makes it easy to find, the 5 random characters unique per day. */
export function newOrderNumber(now: Date): string {
  const ymd = now.toISOString().slice(2, 10).replace(/-/g, '');
  return `AI-${ymd}-${pick(5)}`;
}

/** 6 characters (about 30 bits): shown as text and QR, checked at collection. */
export function newPickupCode(): string {
  return pick(6);
}
