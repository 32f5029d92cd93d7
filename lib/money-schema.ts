import { z } from 'zod';
import type { Money } from '@/lib/money';

/** Money on the wire. Apart from lib/money.ts so that formatting a price in the browser does not ship zod. */
export const moneySchema = z
  .object({
    amount: z.number().int().describe('Integer minor units of the currency'),
    currency: z.string().length(3).describe('ISO 4217 code'),
  })
  .meta({ id: 'Money' }) satisfies z.ZodType<Money>;
