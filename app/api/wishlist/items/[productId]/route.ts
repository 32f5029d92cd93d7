import { route } from '@/lib/http/route';
import { wishlistContract } from '@/lib/wishlist/contract';
import { addToWishlist, removeFromWishlist } from '@/lib/wishlist/wishlist';

/** Keeps a product; keeping it again changes nothing. */
export const PUT = route(wishlistContract.keep, async ({ db, now, caller, params }) =>
  addToWishlist(db, caller.user.id, params.productId, now),
);

/** Lets a product go; one that was not kept changes nothing. */
export const DELETE = route(wishlistContract.remove, async ({ db, caller, params }) =>
  removeFromWishlist(db, caller.user.id, params.productId),
);
