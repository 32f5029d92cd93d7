import { z } from 'zod';
import { MARKET_CODES } from './markets';

export const marketCodeSchema = z
  .enum(MARKET_CODES, { error: `One of ${MARKET_CODES.join(', ')}` })
  .meta({ id: 'MarketCode' });

/** A market as the API publishes it (lib/markets/markets.ts holds the rest: rates, rounding, countries). */
export const marketWireSchema = z
  .object({
    code: marketCodeSchema,
    currency: z.string().describe('ISO 4217; prices in this market are integer minor units of it'),
    locales: z.array(z.string()).describe('The locales shoppers here read, the default first'),
    defaultLocale: z.string(),
    taxInclusive: z.boolean().describe('Prices include tax (KR, JP, SG); false: tax is added at checkout (US)'),
    phoneRegion: z.string().describe('The region of a phone number typed without a country code'),
  })
  .meta({ id: 'Market' });

export const marketsResponseSchema = z.object({
  markets: z.array(marketWireSchema),
  current: marketCodeSchema.describe("The caller's market: its bag's, else its choice, else where it is or reads"),
});

export const cartMarketBodySchema = z.object({ market: marketCodeSchema });

export type MarketWire = z.infer<typeof marketWireSchema>;
