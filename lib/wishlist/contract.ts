import { operation } from '@/lib/http/operation';
import { wishlistMergeBodySchema, wishlistParamsSchema, wishlistSchema } from './schema';

const wishlistAnswer = { 200: { description: 'The wishlist after the change', schema: wishlistSchema } };
const signIn = 'Sign in to keep a wishlist';

/** What a shopper keeps for later: the wishlist of a signed-in account (a guest's stays on the device). */
export const wishlistContract = {
  read: operation({
    method: 'get',
    path: '/api/wishlist',
    auth: 'user',
    signIn: 'Sign in to see your wishlist',
    summary: "The signed-in shopper's wishlist (the same on every device)",
    tags: ['wishlist'],
    responses: { 200: { description: 'The wishlist', schema: wishlistSchema } },
  }),
  keep: operation({
    method: 'put',
    path: '/api/wishlist/items/{productId}',
    auth: 'user',
    signIn,
    summary: 'Keep a product in the wishlist (again: no change)',
    tags: ['wishlist'],
    params: wishlistParamsSchema,
    responses: { ...wishlistAnswer, 404: { description: 'No such product', schema: null } },
  }),
  remove: operation({
    method: 'delete',
    path: '/api/wishlist/items/{productId}',
    auth: 'user',
    signIn,
    summary: 'Remove a product from the wishlist',
    tags: ['wishlist'],
    params: wishlistParamsSchema,
    responses: wishlistAnswer,
  }),
  merge: operation({
    method: 'post',
    path: '/api/wishlist/merge',
    auth: 'user',
    signIn,
    summary: 'At sign-in: add the list kept on this device as a guest (unknown products are skipped)',
    tags: ['wishlist'],
    body: wishlistMergeBodySchema,
    responses: wishlistAnswer,
  }),
};
