import { numberFormat } from '@/lib/i18n/formatters';

/** Integer minor units plus an ISO 4217 code; the wire schema is lib/money-schema.ts. */
export type Money = { amount: number; currency: string };

export function money(amount: number, currency: string): Money {
  return { amount, currency };
}

/**
 * ISO 4217's minor units of the markets' currencies (tests/unit/money-geo-hours.test.ts checks them against
 * Intl): reading them from an Intl.NumberFormat would load ICU's number data, ~20 ms of main thread
 * on a page's first use, in the hydration of every page that shows a price or a price filter.
 */
const MINOR_UNITS: Readonly<Record<string, number>> = { KRW: 0, JPY: 0, SGD: 2, USD: 2 };

export function fractionDigits(currency: string): number {
  return (
    MINOR_UNITS[currency] ??
    numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
    2
  );
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
