import { numberFormat } from '@/lib/i18n/formatters';

/** The base market's currency (KR's): the base price list is in it; each market prices in its own (lib/markets). */
export const SHOP_CURRENCY = 'KRW';

/** Integer minor units plus an ISO 4217 code; the wire schema is lib/money-schema.ts. */
export type Money = { amount: number; currency: string };

export function money(amount: number, currency: string): Money {
  return { amount, currency };
}

export function fractionDigits(currency: string): number {
  return numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Formats integer minor units for display; the only place money becomes a decimal. */
export function formatMoney(value: Money, locale: string): string {
  const digits = fractionDigits(value.currency);
  return numberFormat(locale, { style: 'currency', currency: value.currency }).format(value.amount / 10 ** digits);
}

/** The amount as a decimal string in major units ("59000", "12.50"), for machine-readable output. */
export function majorUnits(value: Money): string {
  const digits = fractionDigits(value.currency);
  return (value.amount / 10 ** digits).toFixed(digits);
}
