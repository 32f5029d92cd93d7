import 'server-only';
import type { CartContext } from '@/lib/cart/read-cart';
import type { Db } from '@/lib/db';
import { offerRedemptions, type OrderDiscount } from '@/lib/db/schema';
import { newId } from '@/lib/ids';
import { priceOffers } from '@/lib/offers/price-offers';
import { claimOfferUse } from '@/lib/offers/claim-use';
import { bumpCartViewEpoch } from '@/lib/db/epoch-cache';
import { choosePlace } from '@/lib/offers/engine';
import { customerKey } from '@/lib/offers/repository';
import { marketOfCurrency, type MarketCode } from '@/lib/markets/markets';

/**
 * Prices the order's offers, and (`redeem`, once the order row exists, in the order's
 * transaction) takes and records their use. Each use takes one unit of the offer's limit with a
 * conditional update, and a customer's uses are counted under a lock: limits hold whatever the
 * concurrency. Losing that race fails the checkout. The offer's row is one every order it applies
 * to writes, so the order redeems as late as it can: the row is held from there to the commit.
 */
export async function redeemOffers(
  tx: Db,
  input: {
    lines: { categoryId: string; amount: number }[];
    code: string | null;
    pickupStoreId: string | null;
    context: CartContext;
    customer: { userId: string | null; email: string };
    currency: string;
    /** The bag's market; until the caller passes it, the market of the bag's currency. */
    market?: MarketCode;
    now: Date;
    /** The catalog epoch read in the transaction: the offers come from the instance's cache. */
    epoch?: number;
  },
): Promise<{ discounts: OrderDiscount[]; redeem: (orderId: string) => Promise<void> }> {
  const place = choosePlace({ ...input.context, storeId: input.pickupStoreId });
  const priced = await priceOffers(tx, {
    basket: { lines: input.lines },
    code: input.code,
    place,
    customer: input.customer,
    now: input.now,
    channel: 'online',
    market: input.market ?? marketOfCurrency(input.currency)?.code,
    epoch: input.epoch,
  });
  const key = customerKey(input.customer);
  return {
    discounts: priced.applied.map((a) => ({
      offerId: a.rule.id,
      title: a.rule.title,
      code: a.rule.code,
      amount: a.amount,
    })),
    // Each use is claimed before it is recorded: the customer's count is of earlier orders.
    redeem: async (orderId) => {
      if (priced.applied.length === 0) return;
      let usedUp = false;
      for (const { rule } of priced.applied)
        usedUp = (await claimOfferUse(tx, rule, key ? [key] : [])).usedUp || usedUp;
      // After every claim: the epoch's row is taken last, so two orders' claims never wait on each other through it.
      if (usedUp) await bumpCartViewEpoch(tx);
      await tx.insert(offerRedemptions).values(
        priced.applied.map(({ rule, amount }) => ({
          id: newId('red'),
          offerId: rule.id,
          channel: 'online' as const,
          orderId,
          customerKey: key,
          amount,
          createdAt: input.now,
        })),
      );
    },
  };
}
