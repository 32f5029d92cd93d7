import { z } from 'zod';
import { BASE_MARKET, isMarketCode, MARKET_CODES, type MarketCode } from './markets';

/**
 * `?market=JP` on a catalog or cart read: the market whose price list, currency and warehouse
 * answer it. Absent: the request's market (lib/markets/request-market.ts), else the base market.
 */
export const marketParam = z
  .enum(MARKET_CODES)
  .optional()
  .describe("The market whose prices and stock to show (KR, JP, SG, US); default: the shopper's market");

/** The query of a read that takes only a market. */
export const marketQuerySchema = z.object({ market: marketParam });

/**
 * A page's `?market=`, or the base market. Pages take their market from here until the request's
 * market (cookie, cart, CDN country) is resolved for them.
 */
export function marketFromSearchParam(value: string | string[] | undefined): MarketCode {
  const v = Array.isArray(value) ? value[0] : value;
  return isMarketCode(v) ? v : BASE_MARKET;
}
