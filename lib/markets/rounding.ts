import type { Market, RoundingRule } from './markets';

/*
 * Integer arithmetic only: amounts are minor units, rates are fractions of integers, and every
 * division rounds half up explicitly. No float ever touches a price.
 */

/** a ÷ b rounded half up, for non-negative integers. */
function divideHalfUp(a: number, b: number): number {
  const q = Math.floor(a / b);
  return a - q * b >= b - (a - q * b) ? q + 1 : q;
}

/** The amount rounded by the rule; never below the rule's smallest price. */
export function roundPrice(amount: number, rule: RoundingRule): number {
  if (rule.kind === 'nearest') return Math.max(rule.step, divideHalfUp(amount, rule.step) * rule.step);
  // The nearest amount ≡ ending (mod step): the one in the step below or the one above, ties up.
  const below = Math.floor((amount - rule.ending) / rule.step) * rule.step + rule.ending;
  const above = below + rule.step;
  const nearest = amount - below < above - amount ? below : above;
  return Math.max(rule.ending, nearest);
}

/** A base-list (KRW) price in this market: the rate applied in integers, then the market's rounding. */
export function convertPrice(baseAmount: number, market: Market): number {
  // The base list is the retailer's own prices: kept as set.
  if (!market.rate) return baseAmount;
  const converted = divideHalfUp(baseAmount * market.rate.numerator, market.rate.denominator);
  return roundPrice(converted, market.rounding);
}

/** The tax contained in a tax-inclusive amount (what a receipt shows as "incl. VAT"); 0 when tax is added at checkout. */
export function includedTax(amount: number, market: Market): number {
  if (!market.taxInclusive || market.includedTaxBasisPoints === 0) return 0;
  const bp = market.includedTaxBasisPoints;
  return divideHalfUp(amount * bp, 10_000 + bp);
}
