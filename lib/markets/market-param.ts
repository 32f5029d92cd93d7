import { z } from 'zod';
import { MARKET_CODES } from './markets';

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
