import { marketOf, type MarketCode } from './markets';
import { includedTax } from './rounding';
import { usSalesTaxRate } from './us-sales-tax';

/**
 * The tax of a bag or an order as its market shows it. Inclusive markets (KR, JP, SG): the tax
 * already inside what is paid (goods after discounts, and delivery), shown as "incl. VAT ₩x" and
 * not added. The US: sales tax on the goods after discounts (delivery is not taxed here), added
 * to the total, rounded half up to the cent; `estimated` until the shipping state is known.
 */
export type Tax = { included: boolean; amount: number; estimated: boolean };

export function taxOf(market: MarketCode, amounts: { goods: number; delivery: number }, usState?: string | null): Tax {
  const m = marketOf(market);
  if (m.taxInclusive)
    return { included: true, amount: includedTax(Math.max(0, amounts.goods) + amounts.delivery, m), estimated: false };
  const rate = usSalesTaxRate(usState);
  const goods = Math.max(0, amounts.goods);
  // goods × rate ÷ 1e6, half up, in integers (goods × 72 500 stays far below 2^53).
  const amount = Math.floor((goods * rate.ppm * 2 + 1_000_000) / 2_000_000);
  return { included: false, amount, estimated: rate.estimated };
}

/** What tax adds to the total: nothing where prices include it. */
export const addedTax = (tax: Tax): number => (tax.included ? 0 : tax.amount);
