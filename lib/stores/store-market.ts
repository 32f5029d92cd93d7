import { BASE_MARKET, MARKETS, marketOfCountry, type Market } from '@/lib/markets/markets';

/**
 * The market a store sells in: the one serving its country. A store in a country no market
 * serves yet (the integration API takes any country) sells in the base market, as every store
 * did before there were markets.
 */
export function storeMarket(country: string): Market {
  return marketOfCountry(country) ?? MARKETS[BASE_MARKET];
}
