import { cartContract } from '@/lib/cart/contract';
import { withCallerCart } from '@/lib/cart/caller-cart';
import { switchCartMarket } from '@/lib/cart/switch-market';
import { secureCookies } from '@/lib/env';
import { route } from '@/lib/http/route';
import { marketCookie } from '@/lib/markets/resolve-market';

export const PUT = route(cartContract.setMarket, async (ctx) => {
  const { market } = ctx.body;
  const response = await withCallerCart(ctx, {}, async (tx, cart) => {
    await switchCartMarket(tx, cart.id, market, { ...cart, userId: ctx.caller.user?.id ?? null });
    return cart.answer(tx);
  });
  // The choice outlives the bag (an order placed, a sign-out): pages before the next bag follow it.
  if (response.ok) response.headers.append('set-cookie', marketCookie(market, secureCookies(ctx.env)));
  return response;
});
