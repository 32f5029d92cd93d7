import { route } from '@/lib/http/route';
import { wishlistContract } from '@/lib/wishlist/contract';
import { readWishlist } from '@/lib/wishlist/wishlist';

/** The signed-in shopper's wishlist, the same on every device. */
export const GET = route(wishlistContract.read, async ({ db, caller }) => readWishlist(db, caller.user.id));
