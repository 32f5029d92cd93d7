import { cartContract } from '@/lib/cart/contract';
import { callerCartUnchanged, readCallerCart } from '@/lib/cart/caller-cart';
import { cartEtag } from '@/lib/cart/etag';
import { applyCookie } from '@/lib/cart/guest-cookie';
import { route } from '@/lib/http/route';

/**
 * The caller's cart. Devices poll it cheaply: an unchanged cart answers 304 to If-None-Match,
 * from one indexed read (the cart's version and the catalog epoch) without the offer engine.
 */
export const GET = route(cartContract.read, async (ctx) => {
  const ifNoneMatch = ctx.request.headers.get('if-none-match');
  if (await callerCartUnchanged(ctx, ifNoneMatch)) {
    return new Response(null, { status: 304, headers: { etag: ifNoneMatch!.trim() } });
  }
  const { cart, cookie } = await readCallerCart(ctx);
  const etag = cartEtag(cart);
  const unchanged = ifNoneMatch === etag;
  const response = unchanged ? new Response(null, { status: 304 }) : Response.json(cart);
  response.headers.set('etag', etag);
  return applyCookie(response, cookie, ctx.env);
});
