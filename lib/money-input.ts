import { fractionDigits } from '@/lib/money';

/*
 * Money as a person types it, in major units ("12.90", "1,000", "¥1200"), to integer minor units
 * and back. Strings and integers only: "12.9" SGD is 12 × 100 + 90, never 12.9 × 100 (which is
 * 1289.9999… in binary floating point).
 */

/** Whole major units longer than this are no price (and would pass Number's exact integers). */
const MAX_WHOLE_DIGITS = 12;

/**
 * The amount in minor units, or null when it is not money in this currency: more decimals than
 * the currency has (a yen has none, a cent is the second), a sign, letters, or groups that are
 * not thousands ("1,00"). Full-width digits (a Japanese keyboard's) count as digits.
 */
export function parseMajorUnits(text: string, currency: string): number | null {
  const digits = fractionDigits(currency);
  const plain = text.normalize('NFKC').trim().replace(/^[¥₩$]|^S\$|^US\$/, '').trim();
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$/.exec(plain);
  if (!match) return null;
  const whole = match[1]!.replaceAll(',', '').replace(/^0+(?=\d)/, '');
  const fraction = match[2] ?? '';
  if (whole.length > MAX_WHOLE_DIGITS || fraction.length > digits) return null;
  // "12." is 12; "12.9" is 12 and 90 hundredths.
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

/** Minor units as the form shows them again: "12.90" SGD, "1200" JPY (no grouping, no symbol). */
export function majorUnitsText(amount: number, currency: string): string {
  const digits = fractionDigits(currency);
  if (digits === 0) return String(amount);
  const scale = 10 ** digits;
  return `${Math.floor(amount / scale)}.${String(amount % scale).padStart(digits, '0')}`;
}
