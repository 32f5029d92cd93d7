import { z } from 'zod';
import { BASE_MARKET, isMarketCode, MARKET_CODES, type MarketCode } from './markets';

/** `?market=` on a read: a market code in any case (`jp` is JP); absent, the request's market decides. */
export const marketParam = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .pipe(z.enum(MARKET_CODES, { error: 'One of KR, JP, SG, US' }))
  .optional()
  .describe('KR, JP, SG or US: whose offers, stores or prices (default: the request’s market)');

/** The query of a read that takes only a market. */
export const marketQuerySchema = z.object({ market: marketParam });

/**
 * A page's `?market=`, or the base market. Pages take their market from here until the request's
 * market (cookie, cart, CDN country) is resolved for them.
 */
export function marketFromSearchParam(value: string | string[] | undefined): MarketCode {
  const v = (Array.isArray(value) ? value[0] : value)?.toUpperCase();
  return isMarketCode(v) ? v : BASE_MARKET;
}
