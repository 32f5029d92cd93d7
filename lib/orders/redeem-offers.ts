import 'server-only';
import type { CartContext } from '@/lib/cart/read-cart';
import type { Db } from '@/lib/db';
import { offerRedemptions, type OrderDiscount } from '@/lib/db/schema';
import { newId } from '@/lib/ids';
import { priceOffers } from '@/lib/offers/price-offers';
import { claimOfferUse } from '@/lib/offers/claim-use';
import { customerKey } from '@/lib/offers/repository';

/**
 * Prices the order's offers and records their use, in the order's transaction. Each use takes
 * one unit of the offer's limit with a conditional update, and a customer's uses are counted
 * under a lock: limits hold whatever the concurrency. Losing that race fails the checkout.
 */
export async function redeemOffers(
  tx: Db,
  input: {
    orderId: string;
    lines: { categoryId: string; amount: number }[];
    code: string | null;
    pickupStoreId: string | null;
    context: CartContext;
    customer: { userId: string | null; email: string };
    currency: string;
    now: Date;
  },
): Promise<OrderDiscount[]> {
  const { context } = input;
  const place = context.point
    ? { point: context.point }
    : input.pickupStoreId
      ? { storeId: input.pickupStoreId }
      : context.region
        ? { region: context.region }
        : {};
  const priced = await priceOffers(tx, {
    basket: { lines: input.lines },
    code: input.code,
    place,
    customer: input.customer,
    now: input.now,
    channel: 'online',
  });
  const key = customerKey(input.customer);
  for (const { rule, amount } of priced.applied) {
    await claimOfferUse(tx, rule, key);
    await tx.insert(offerRedemptions).values({
      id: newId('red'),
      offerId: rule.id,
      channel: 'online',
      orderId: input.orderId,
      customerKey: key,
      amount,
      createdAt: input.now,
    });
  }
  return priced.applied.map((a) => ({ offerId: a.rule.id, title: a.rule.title, code: a.rule.code, amount: a.amount }));
}
