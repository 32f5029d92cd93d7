'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { BASE_MARKET, type MarketCode } from './markets';

const MarketContext = createContext<MarketCode>(BASE_MARKET);

/** The page's market, as the server resolved it (lib/markets/page-market.ts), for client reads of prices. */
export function MarketProvider({ market, children }: { market: MarketCode; children: ReactNode }) {
  return <MarketContext.Provider value={market}>{children}</MarketContext.Provider>;
}

export function useMarket(): MarketCode {
  return useContext(MarketContext);
}
