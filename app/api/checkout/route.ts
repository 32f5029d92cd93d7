import { orderContract } from '@/lib/orders/contract';
import { withCallerCart } from '@/lib/cart/caller-cart';
import { route } from '@/lib/http/route';
import { requestLocale } from '@/lib/i18n/request-locale';
import { MARKETS } from '@/lib/markets/markets';
import { phonesInRegion } from '@/lib/orders/contact-phones';
import { placeOrder } from '@/lib/orders/place-order';
import { viewOfWrittenOrder } from '@/lib/orders/read-order';

/** Places the caller's bag as an order. A retry with the same Idempotency-Key returns the same order. */
export const POST = route(orderContract.checkout, async (ctx) =>
  withCallerCart(ctx, { checkout: true }, async (tx, cart) => {
    const { user } = ctx.caller;
    const holdMs = ctx.env.AISLE_PICKUP_HOLD_HOURS * 3_600_000;
    // Phones typed nationally are read as the bag's market writes them (090… is Japanese in JP).
    const body = phonesInRegion(ctx.body, MARKETS[cart.market].phoneRegion);
    const placed = { cartId: cart.id, userId: user?.id ?? null, body, now: cart.now, holdMs };
    // The confirmation links to the order and speaks the shopper's language.
    const locale = requestLocale(ctx.request.headers);
    const message = { publicUrl: ctx.env.AISLE_PUBLIC_URL, locale };
    // The client's daily budget of unpaid units, whatever e-mails it makes up (reservation-limits.ts).
    const budget = { address: cart.address, holdUnitsPerAddress: ctx.env.AISLE_HOLD_UNITS_PER_ADDRESS };
    // The answer is made in placeOrder, from the rows it wrote, before the stock rows are taken
    // (held to the commit).
    const { accessToken, answer: order } = await placeOrder(tx, {
      ...placed,
      ...budget,
      ...message,
      context: cart.context,
      answer: (t, { written }) => viewOfWrittenOrder(t, written),
    });
    return { status: 201, body: { order, accessToken } };
  }),
);
