import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MARKETS, marketOfCountry, marketOfCurrency } from '@/lib/markets/markets';
import { convertPrice, includedTax, roundPrice } from '@/lib/markets/rounding';

describe('market rounding at its boundaries', () => {
  it('KRW to the nearest ₩100, half up', () => {
    const rule = { kind: 'nearest', step: 100 } as const;
    expect(roundPrice(12_349, rule)).toBe(12_300);
    expect(roundPrice(12_350, rule)).toBe(12_400);
    expect(roundPrice(12_351, rule)).toBe(12_400);
    expect(roundPrice(12_400, rule)).toBe(12_400);
    expect(roundPrice(10, rule)).toBe(100);
  });
  it('JPY to the nearest ¥10, half up', () => {
    const rule = MARKETS.JP.rounding;
    expect(roundPrice(6_494, rule)).toBe(6_490);
    expect(roundPrice(6_495, rule)).toBe(6_500);
    expect(roundPrice(6_500, rule)).toBe(6_500);
    expect(roundPrice(3, rule)).toBe(10);
  });
  it('SGD to the nearest .90 ending', () => {
    const rule = MARKETS.SG.rounding;
    expect(roundPrice(5_546, rule)).toBe(5_590); // 55.46 → 55.90 (0.44 away; 54.90 is 0.56)
    expect(roundPrice(5_540, rule)).toBe(5_590); // tie between 54.90 and 55.90 goes up
    expect(roundPrice(5_539, rule)).toBe(5_490);
    expect(roundPrice(5_590, rule)).toBe(5_590);
    expect(roundPrice(5_591, rule)).toBe(5_590);
    expect(roundPrice(12, rule)).toBe(90);
  });
  it('USD to the nearest .99 ending', () => {
    const rule = MARKETS.US.rounding;
    expect(roundPrice(4_248, rule)).toBe(4_199);
    expect(roundPrice(4_249, rule)).toBe(4_299); // tie: 41.99 and 42.99 both 0.50 away
    expect(roundPrice(4_299, rule)).toBe(4_299);
    expect(roundPrice(0, rule)).toBe(99);
  });
  it('converts base KRW prices in integers, the base list unchanged', () => {
    expect(convertPrice(129_000, MARKETS.KR)).toBe(129_000);
    expect(convertPrice(129_000, MARKETS.JP)).toBe(14_190);
    expect(convertPrice(129_000, MARKETS.SG)).toBe(12_090); // 121.26 → 120.90
    expect(convertPrice(129_000, MARKETS.US)).toBe(9_299); // 92.88 → 92.99
  });
  it('every converted price is a whole number that obeys its rule', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000_000 }), (base) => {
        for (const market of Object.values(MARKETS)) {
          const price = convertPrice(base, market);
          expect(Number.isSafeInteger(price)).toBe(true);
          if (!market.rate) continue;
          const r = market.rounding;
          if (r.kind === 'nearest') expect(price % r.step).toBe(0);
          else expect(price % r.step).toBe(r.ending);
        }
      }),
    );
  });
});

describe('tax display', () => {
  it('names the tax inside inclusive prices, none for the US', () => {
    expect(includedTax(11_000, MARKETS.KR)).toBe(1_000);
    expect(includedTax(11_000, MARKETS.JP)).toBe(1_000);
    expect(includedTax(10_900, MARKETS.SG)).toBe(900);
    expect(includedTax(10_000, MARKETS.US)).toBe(0);
    // ₩5 of VAT in ₩55 is 5.0; in ₩54 it is 4.909… → 5 (half up at the boundary is exact)
    expect(includedTax(55, MARKETS.KR)).toBe(5);
    expect(includedTax(53, MARKETS.KR)).toBe(5);
    expect(includedTax(52, MARKETS.KR)).toBe(5);
    expect(includedTax(49, MARKETS.KR)).toBe(4);
  });
  it('finds the market of a country and of a currency', () => {
    expect(marketOfCountry('jp')?.code).toBe('JP');
    expect(marketOfCountry('FR')).toBeUndefined();
    expect(marketOfCurrency('SGD')?.code).toBe('SG');
  });
});
