import { z } from 'zod';
import { marketParam } from '@/lib/markets/market-param';
import { productSummarySchema } from './schema';

export const SUGGESTIONS_MAX = 12;

const idList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) =>
    (Array.isArray(v) ? v : [v])
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().min(1).max(60)).max(24));

export const productCardsQuerySchema = z.object({
  ids: idList.describe('Product ids, comma-separated or repeated'),
  market: marketParam,
});

export const suggestionsQuerySchema = z.object({
  category: z.string().trim().max(60).optional().describe('Category slug; any category when absent'),
  storeId: z.string().trim().max(60).optional().describe("The shopper's store: its stock counts as well as online"),
  exclude: idList.optional().describe('Product ids not to suggest (the one on the page, the bag)'),
  limit: z.coerce.number().int().min(1).max(SUGGESTIONS_MAX).default(8),
  market: marketParam,
});

export const productCardsSchema = z.object({ items: z.array(productSummarySchema) });
