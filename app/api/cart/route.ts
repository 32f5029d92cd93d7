import { applyCookie, callerFrom, cartContextFrom, cartEtag } from '@/lib/cart/http';
import { getCallerCart } from '@/lib/cart/service';
import { getDb } from '@/lib/db';
import { route } from '@/lib/http/route';

/** The caller's cart. Devices poll it cheaply: an unchanged cart answers 304 to If-None-Match. */
export const GET = route({}, async ({ request }) => {
  const db = await getDb();
  const { cart, cookie } = await getCallerCart(db, await callerFrom(db, request), new Date(), cartContextFrom(request));
  const etag = cartEtag(cart);
  const unchanged = request.headers.get('if-none-match') === etag;
  const response = unchanged ? new Response(null, { status: 304 }) : Response.json(cart);
  response.headers.set('etag', etag);
  return applyCookie(response, cookie);
});
