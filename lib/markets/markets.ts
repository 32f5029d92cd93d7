/** The shop's locales (lib/i18n/translate.ts' LOCALES once Japanese lands there). */
type Locale = 'en' | 'ko' | 'ja';

/*
 * The shop's markets: where it sells, in which currency, at which prices and how it shows tax.
 * Pure data and pure functions, shared by the server and the browser. The base price list is
 * KR's (`variants.price_amount`, KRW); another market's price is its explicit price for the
 * variant, or the base price times the market's rate, rounded by the market's rule.
 */

export const MARKET_CODES = ['KR', 'JP', 'SG', 'US'] as const;
export type MarketCode = (typeof MARKET_CODES)[number];
export const BASE_MARKET: MarketCode = 'KR';

/** How a converted price is rounded, in minor units: to the nearest `step`, or to the nearest amount ending in `ending`. */
export type RoundingRule = { kind: 'nearest'; step: number } | { kind: 'ending'; step: number; ending: number };

/** base minor units × numerator ÷ denominator = this market's minor units, before rounding. */
export type Rate = { numerator: number; denominator: number };

export type Market = {
  code: MarketCode;
  currency: 'KRW' | 'JPY' | 'SGD' | 'USD';
  /** The shop's locales a shopper here reads, the first the default. */
  locales: readonly Locale[];
  defaultLocale: Locale;
  /** The countries whose shoppers land here (ISO 3166-1 alpha-2, as the CDN's country header). */
  countries: readonly string[];
  /** Prices include tax (KR, JP, SG) or tax is added at checkout (US). */
  taxInclusive: boolean;
  /** The tax included in prices, in basis points (VAT 10 %, consumption tax 10 %, GST 9 %); 0 when added at checkout. */
  includedTaxBasisPoints: number;
  /** The default region for phone numbers typed without a country code. */
  phoneRegion: string;
  /** null: the base price list. */
  rate: Rate | null;
  /** The market whose warehouse (inventory_locations.market) ships this market's deliveries: its own, but the US's leave Korea. */
  shipsFrom: MarketCode;
  rounding: RoundingRule;
};

export const MARKETS: Record<MarketCode, Market> = {
  KR: {
    code: 'KR',
    currency: 'KRW',
    locales: ['ko', 'en'],
    defaultLocale: 'ko',
    countries: ['KR'],
    taxInclusive: true,
    includedTaxBasisPoints: 1000,
    phoneRegion: 'KR',
    shipsFrom: 'KR',
    rate: null,
    rounding: { kind: 'nearest', step: 100 },
  },
  JP: {
    code: 'JP',
    currency: 'JPY',
    locales: ['ja', 'en'],
    defaultLocale: 'ja',
    countries: ['JP'],
    taxInclusive: true,
    includedTaxBasisPoints: 1000,
    phoneRegion: 'JP',
    shipsFrom: 'JP',
    // ₩1 ≈ ¥0.11
    rate: { numerator: 11, denominator: 100 },
    rounding: { kind: 'nearest', step: 10 },
  },
  SG: {
    code: 'SG',
    currency: 'SGD',
    locales: ['en'],
    defaultLocale: 'en',
    countries: ['SG'],
    taxInclusive: true,
    includedTaxBasisPoints: 900,
    phoneRegion: 'SG',
    shipsFrom: 'SG',
    // ₩1 ≈ S$0.00094, i.e. 0.094 cents
    rate: { numerator: 94, denominator: 1000 },
    rounding: { kind: 'ending', step: 100, ending: 90 },
  },
  US: {
    code: 'US',
    currency: 'USD',
    locales: ['en'],
    defaultLocale: 'en',
    countries: ['US'],
    taxInclusive: false,
    includedTaxBasisPoints: 0,
    phoneRegion: 'US',
    shipsFrom: 'KR',
    // ₩1 ≈ US$0.00072, i.e. 0.072 cents
    rate: { numerator: 72, denominator: 1000 },
    rounding: { kind: 'ending', step: 100, ending: 99 },
  },
};

export function isMarketCode(value: unknown): value is MarketCode {
  return typeof value === 'string' && (MARKET_CODES as readonly string[]).includes(value);
}

export function marketOf(code: MarketCode): Market {
  return MARKETS[code];
}

/** The market whose currency this is (each currency belongs to one market). */
export function marketOfCurrency(currency: string): Market | undefined {
  return Object.values(MARKETS).find((m) => m.currency === currency);
}

/** The market that serves a country, if any. */
export function marketOfCountry(country: string | null | undefined): Market | undefined {
  if (!country) return undefined;
  const upper = country.trim().toUpperCase();
  return Object.values(MARKETS).find((m) => m.countries.includes(upper));
}

/** A stored market code (a char(2) column) as a market code; the base market for anything else. */
export function marketOrBase(value: string | null | undefined): MarketCode {
  return isMarketCode(value) ? value : BASE_MARKET;
}
