import { route } from '@/lib/http/route';
import { wishlistParamsSchema } from '@/lib/wishlist/schema';
import { addToWishlist, removeFromWishlist } from '@/lib/wishlist/wishlist';

const spec = { auth: 'user', signIn: 'Sign in to keep a wishlist', params: wishlistParamsSchema } as const;

/** Keeps a product; keeping it again changes nothing. */
export const PUT = route(spec, async ({ db, now, caller, params }) =>
  addToWishlist(db, caller.user.id, params.productId, now),
);

/** Lets a product go; one that was not kept changes nothing. */
export const DELETE = route(spec, async ({ db, caller, params }) =>
  removeFromWishlist(db, caller.user.id, params.productId),
);
