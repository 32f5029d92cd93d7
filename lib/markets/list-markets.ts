import { MARKET_CODES, marketOf } from './markets';
import type { MarketWire } from './schema';

/** The markets as the API publishes them. */
export function listMarkets(): MarketWire[] {
  return MARKET_CODES.map((code) => {
    const m = marketOf(code);
    return {
      code,
      currency: m.currency,
      locales: [...m.locales],
      defaultLocale: m.defaultLocale,
      taxInclusive: m.taxInclusive,
      phoneRegion: m.phoneRegion,
    };
  });
}
