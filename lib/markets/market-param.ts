import { z } from 'zod';
import { MARKET_CODES } from './markets';

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
