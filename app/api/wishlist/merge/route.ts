import { route } from '@/lib/http/route';
import { wishlistMergeBodySchema } from '@/lib/wishlist/schema';
import { mergeWishlist } from '@/lib/wishlist/wishlist';

/** At sign-in: the list the shopper kept on this device as a guest joins the account's. */
export const POST = route(
  { auth: 'user', signIn: 'Sign in to keep a wishlist', body: wishlistMergeBodySchema },
  async ({ db, now, caller, body }) => mergeWishlist(db, caller.user.id, body.productIds, now),
);
