import 'server-only';
import { requirePhone } from '@/lib/phone/normalize';
import { storePhoneRegion } from '@/lib/stores/store-phone-region';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { cartLines, carts, stores } from '@/lib/db/schema';
import { BASE_MARKET, marketOf, marketOfCountry } from '@/lib/markets/markets';
import { hashGuestToken } from '@/lib/cart/guest-cookie';
import { MAX_LINE_QUANTITY } from '@/lib/cart/limits';
import { AppError } from '@/lib/http/errors';
import type { Locale } from '@/lib/i18n/translate';
import { newId } from '@/lib/ids';
import { placeOrder } from '@/lib/orders/place-order';
import { checkAisleBag } from './check-lines';
import { checkShipFromStore } from './ship-from-store';
import type { EndlessAisleBody } from './schema';

type PlaceBody = Extract<EndlessAisleBody, { action: 'place_order' }>;

/**
 * "Place it for them": the associate orders the bag for the customer at the counter, for pickup
 * at a store that has it (paid at that store's till, or by card) or delivery from the warehouse
 * or from a store that has the whole bag (ship-from-store: reserved at that store, recorded on
 * the order as where it ships from).
 * The order goes through the checkout's own placement (lib/orders/place-order.ts) from a bag made
 * for this order alone, so it is re-priced, reserves stock atomically (never below zero), counts
 * against the customer's pickup-hold limits and sends the usual confirmation; it records the store
 * and associate (channel store, source endless_aisle). The customer's name is who the pickup
 * counter expects. The route runs it under the request's Idempotency-Key.
 */
export async function placeForCustomer(
  db: Db,
  input: { staffId: string; body: PlaceBody; now: Date; publicUrl: string; locale: Locale; holdMs?: number },
): Promise<{ orderId: string; accessToken: string }> {
  // Its own transaction (a savepoint inside the caller's): a refusal leaves not even the bag.
  return inTransaction(db, (tx) => place(tx, input));
}

async function place(tx: Db, input: Parameters<typeof placeForCustomer>[1]) {
  const { body, now } = input;
  const { place } = await checkAisleBag(tx, body);
  if (body.payment === 'test_card' && !body.cardNumber) {
    throw new AppError('invalid_request', 'Enter the card number', { fields: { cardNumber: ['Required'] } });
  }
  const quantities = new Map<string, number>();
  for (const l of body.lines) quantities.set(l.variantId, (quantities.get(l.variantId) ?? 0) + l.quantity);
  const over = [...quantities].find(([, q]) => q > MAX_LINE_QUANTITY);
  if (over) throw new AppError('line_limit_exceeded', `At most ${MAX_LINE_QUANTITY} of one item per order`);
  const f = body.fulfillment;
  const shipFromStoreId = f.type === 'ship' && f.from && f.from !== 'warehouse' ? f.from : undefined;
  if (shipFromStoreId) await checkShipFromStore(tx, shipFromStoreId, body.lines);
  // The order is in the market of the store the customer stands in: its prices, stock and currency.
  const [here] = await tx.select({ country: stores.country }).from(stores).where(eq(stores.id, body.storeId));
  const market = marketOf(marketOfCountry(here?.country)?.code ?? BASE_MARKET);
  // A bag no browser holds (its token is never handed out), removed again in this transaction.
  const cartId = newId('crt');
  await tx.insert(carts).values({
    id: cartId,
    tokenHash: hashGuestToken(randomBytes(24).toString('base64url')),
    market: market.code,
    currency: market.currency,
    pickupStoreId: place.storeId,
    createdAt: now,
    updatedAt: now,
  });
  await tx.insert(cartLines).values(
    [...quantities].map(([variantId, quantity]) => ({
      id: newId('lin'),
      cartId,
      variantId,
      quantity,
      ...place,
      createdAt: now,
    })),
  );
  // Read as the store's country writes numbers; checkout then stores it as the E.164 it is.
  const phone = body.customerPhone
    ? requirePhone(body.customerPhone, 'customerPhone', await storePhoneRegion(tx, body.storeId))
    : undefined;
  const placed = await placeOrder(tx, {
    cartId,
    userId: null,
    body: {
      contact: { email: body.customer.email, phone },
      payment:
        body.payment === 'test_card'
          ? { method: 'test_card', cardNumber: body.cardNumber! }
          : { method: 'pay_at_pickup' },
      ...(body.shippingAddress ? { shippingAddress: body.shippingAddress } : {}),
      collector: { type: 'someone_else', name: body.customer.name, phone },
    },
    now,
    attribution: { storeId: body.storeId, staffId: input.staffId },
    ...(shipFromStoreId ? { shipFromStoreId } : {}),
    publicUrl: input.publicUrl,
    locale: input.locale,
    ...(input.holdMs !== undefined ? { holdMs: input.holdMs } : {}),
  });
  await tx.delete(carts).where(eq(carts.id, cartId));
  return placed;
}
