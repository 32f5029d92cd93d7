import { route } from '@/lib/http/route';
import { readWishlist } from '@/lib/wishlist/wishlist';

/** The signed-in shopper's wishlist, the same on every device. */
export const GET = route({ auth: 'user', signIn: 'Sign in to see your wishlist' }, async ({ db, caller }) =>
  readWishlist(db, caller.user.id),
);
