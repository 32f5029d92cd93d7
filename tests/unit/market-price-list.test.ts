import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MARKET_CODES, MARKETS } from '@/lib/markets/markets';
import { marketPriceRows } from '@/lib/markets/price-list';
import { convertPrice } from '@/lib/markets/rounding';

describe('a variant price list', () => {
  it('has one row per market, each in its currency, derived from the base price', () => {
    const rows = marketPriceRows('var_1', 59_000);
    expect(rows.map((r) => r.market)).toEqual([...MARKET_CODES]);
    expect(rows).toEqual([
      { variantId: 'var_1', market: 'KR', amount: 59_000, currency: 'KRW', explicit: false },
      { variantId: 'var_1', market: 'JP', amount: 6_490, currency: 'JPY', explicit: false },
      { variantId: 'var_1', market: 'SG', amount: 5_590, currency: 'SGD', explicit: false },
      { variantId: 'var_1', market: 'US', amount: 4_199, currency: 'USD', explicit: false },
    ]);
  });

  it("keeps the retailer's explicit price for its variant and market only", () => {
    const rows = marketPriceRows('var_1', 59_000, [
      { variantId: 'var_1', market: 'JP', amount: 7_000 },
      { variantId: 'var_2', market: 'US', amount: 1 },
    ]);
    expect(rows.find((r) => r.market === 'JP')).toMatchObject({ amount: 7_000, explicit: true });
    expect(rows.find((r) => r.market === 'US')).toMatchObject({ amount: 4_199, explicit: false });
  });

  it('never holds anything but non-negative integers in the right currency', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000_000 }), (base) => {
        for (const row of marketPriceRows('v', base)) {
          const market = MARKETS[row.market as keyof typeof MARKETS];
          expect(Number.isInteger(row.amount) && row.amount >= 0).toBe(true);
          expect(row.currency).toBe(market.currency);
          expect(row.amount).toBe(convertPrice(base, market));
        }
      }),
    );
  });
});
