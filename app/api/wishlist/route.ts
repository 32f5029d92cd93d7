import { localizeSummaries } from '@/lib/catalog/localize-catalog';
import { route } from '@/lib/http/route';
import { requestLocale } from '@/lib/i18n/request-locale';
import { wishlistContract } from '@/lib/wishlist/contract';
import { readWishlist } from '@/lib/wishlist/wishlist';

/** The signed-in shopper's wishlist, the same on every device; its cards in the request's locale. */
export const GET = route(wishlistContract.read, async ({ db, caller, request }) => {
  const { items } = await readWishlist(db, caller.user.id);
  return { items: await localizeSummaries(db, items, requestLocale(request.headers)) };
});
