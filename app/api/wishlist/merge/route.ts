import { route } from '@/lib/http/route';
import { wishlistContract } from '@/lib/wishlist/contract';
import { mergeWishlist } from '@/lib/wishlist/wishlist';

/** At sign-in: the list the shopper kept on this device as a guest joins the account's. */
export const POST = route(wishlistContract.merge, async ({ db, now, caller, body }) =>
  mergeWishlist(db, caller.user.id, body.productIds, now),
);
