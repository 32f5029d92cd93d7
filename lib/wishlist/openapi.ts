import { backInStockBodySchema, backInStockResponseSchema } from '@/lib/inventory/back-in-stock-schema';
import { productCardsQuerySchema, productCardsSchema, suggestionsQuerySchema } from '@/lib/catalog/suggestions-schema';
import type { Operation } from '@/lib/http/openapi-document';
import { wishlistMergeBodySchema, wishlistParamsSchema, wishlistSchema } from './schema';

const wishlistAnswer = { 200: { description: 'The wishlist after the change', schema: wishlistSchema } };

/** What a shopper keeps for later and is shown next: wishlist, recently viewed cards, suggestions, back in stock. */
export const shopperListOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/wishlist',
    access: 'account',
    summary: "The signed-in shopper's wishlist (the same on every device)",
    tags: ['wishlist'],
    responses: { 200: { description: 'The wishlist', schema: wishlistSchema } },
  },
  {
    method: 'put',
    path: '/api/wishlist/items/{productId}',
    access: 'account',
    summary: 'Keep a product in the wishlist (again: no change)',
    tags: ['wishlist'],
    params: wishlistParamsSchema,
    responses: { ...wishlistAnswer, 404: { description: 'No such product', schema: null } },
  },
  {
    method: 'delete',
    path: '/api/wishlist/items/{productId}',
    access: 'account',
    summary: 'Remove a product from the wishlist',
    tags: ['wishlist'],
    params: wishlistParamsSchema,
    responses: wishlistAnswer,
  },
  {
    method: 'post',
    path: '/api/wishlist/merge',
    access: 'account',
    summary: 'At sign-in: add the list kept on this device as a guest (unknown products are skipped)',
    tags: ['wishlist'],
    body: wishlistMergeBodySchema,
    responses: wishlistAnswer,
  },
  {
    method: 'get',
    path: '/api/product-cards',
    access: 'anyone',
    summary: 'Product cards by id, in the order asked (recently viewed, a guest wishlist)',
    tags: ['catalog'],
    query: productCardsQuerySchema,
    responses: { 200: { description: 'The cards', schema: productCardsSchema } },
  },
  {
    method: 'get',
    path: '/api/suggestions',
    access: 'anyone',
    summary: '"You may also like": products of a category in stock at a store or online',
    tags: ['catalog'],
    query: suggestionsQuerySchema,
    responses: { 200: { description: 'Suggested products', schema: productCardsSchema } },
  },
  {
    method: 'post',
    path: '/api/back-in-stock',
    access: 'shopper',
    summary: 'Be told once, by e-mail or SMS, when a variant is back in stock at a store',
    tags: ['inventory'],
    body: backInStockBodySchema,
    responses: {
      201: { description: 'Kept (or answered at once when it is there already)', schema: backInStockResponseSchema },
      404: { description: 'No such store or variant', schema: null },
      429: { description: 'Too many requests from this address', schema: null },
    },
  },
];
