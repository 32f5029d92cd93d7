import { z } from 'zod';

/** The shop's currency: every price and cart is in it. */
export const SHOP_CURRENCY = 'KRW';

export const moneySchema = z
  .object({
    amount: z.number().int().describe('Integer minor units of the currency'),
    currency: z.string().length(3).describe('ISO 4217 code'),
  })
  .meta({ id: 'Money' });

export type Money = z.infer<typeof moneySchema>;

export function money(amount: number, currency: string): Money {
  return { amount, currency };
}

export function fractionDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Formats integer minor units for display; the only place money becomes a decimal. */
export function formatMoney(value: Money, locale: string): string {
  const digits = fractionDigits(value.currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency: value.currency }).format(
    value.amount / 10 ** digits,
  );
}

/** The amount as a decimal string in major units ("59000", "12.50"), for machine-readable output. */
export function majorUnits(value: Money): string {
  const digits = fractionDigits(value.currency);
  return (value.amount / 10 ** digits).toFixed(digits);
}
