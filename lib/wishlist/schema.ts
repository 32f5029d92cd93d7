import { z } from 'zod';
import { productSummarySchema } from '@/lib/catalog/schema';
import { WISHLIST_MAX } from './limits';

export { WISHLIST_MAX };

export const wishlistParamsSchema = z.object({ productId: z.string().trim().min(1).max(60) });

export const wishlistMergeBodySchema = z.object({
  productIds: z.array(z.string().trim().min(1).max(60)).max(WISHLIST_MAX),
});

export const wishlistSchema = z
  .object({ items: z.array(productSummarySchema).describe('Newest first') })
  .meta({ id: 'Wishlist' });

export type Wishlist = z.infer<typeof wishlistSchema>;
