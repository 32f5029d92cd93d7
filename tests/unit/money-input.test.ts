import { describe, expect, it } from 'vitest';
import { majorUnitsText, parseMajorUnits } from '@/lib/money-input';

describe('parseMajorUnits: major units typed into integer minor units', () => {
  it.each([
    ['12.9', 'SGD', 1290],
    ['12.90', 'SGD', 1290],
    ['12.', 'SGD', 1200],
    ['0.01', 'SGD', 1],
    ['0.29', 'USD', 29],
    ['4.35', 'USD', 435],
    ['1.005', 'USD', null],
    ['1,000', 'SGD', 100_000],
    ['1,000.50', 'USD', 100_050],
    ['1,000', 'KRW', 1000],
    ['15000', 'KRW', 15_000],
    ['1,200', 'JPY', 1200],
    ['１２００', 'JPY', 1200],
    ['¥500', 'JPY', 500],
    ['S$5.90', 'SGD', 590],
    ['0', 'KRW', 0],
    ['007', 'JPY', 7],
  ])('%s %s → %s', (text, currency, expected) => {
    expect(parseMajorUnits(text, currency)).toBe(expected);
  });

  it.each([
    ['12.5', 'KRW'],
    ['12.5', 'JPY'],
    ['12.999', 'SGD'],
    ['1,00', 'SGD'],
    ['1,0000', 'KRW'],
    ['-5', 'KRW'],
    ['1e3', 'USD'],
    ['', 'USD'],
    ['.5', 'USD'],
    ['12 000', 'KRW'],
    ['9999999999999', 'KRW'],
  ])('%s %s is refused', (text, currency) => {
    expect(parseMajorUnits(text, currency)).toBeNull();
  });

  it('is exact where floats are not (0.29 × 100 = 28.999…)', () => {
    for (let cents = 0; cents < 10_000; cents++) {
      const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
      expect(parseMajorUnits(text, 'USD')).toBe(cents);
    }
  });
});

describe('majorUnitsText: minor units back into the form', () => {
  it.each([
    [1290, 'SGD', '12.90'],
    [1, 'USD', '0.01'],
    [100_000, 'SGD', '1000.00'],
    [15_000, 'KRW', '15000'],
    [1200, 'JPY', '1200'],
  ])('%s %s → %s', (amount, currency, text) => {
    expect(majorUnitsText(amount, currency)).toBe(text);
    expect(parseMajorUnits(text, currency)).toBe(amount);
  });
});
