import { endlessAisleContract } from '@/lib/endless-aisle/contract';
import { claimHandoff } from '@/lib/endless-aisle/claim-handoff';
import { withCallerCart } from '@/lib/cart/caller-cart';
import { route } from '@/lib/http/route';

/** Opens a bag a store sent by text into the caller's own bag (account or guest), once. */
export const POST = route(endlessAisleContract.claim, async (ctx) =>
  withCallerCart(ctx, {}, async (tx, cart) => cart.answer(tx, await claimHandoff(tx, cart.id, ctx.body.token, cart))),
);
