import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { addLine } from '@/lib/cart/mutate-cart';
import { findOrCreateCartId } from '@/lib/cart/find-cart';
import { newGuestToken } from '@/lib/cart/guest-cookie';
import type { Db } from '@/lib/db';
import { rowsOf } from '@/lib/db/rows';
import { inventoryLocations, offers, orders, stockLevels } from '@/lib/db/schema';

/** A variant in stock at some store, with that store's location. */
export async function pickStoreVariant(db: Db, offset = 0) {
  const [row] = rowsOf(
    z.object({ variant_id: z.string(), sku: z.string(), store_id: z.string(), location_id: z.string() }),
    await db.execute(sql`
      SELECT s.variant_id, v.sku, l.store_id, l.id AS location_id FROM stock_levels s
      JOIN inventory_locations l ON l.id = s.location_id AND l.kind = 'store' AND l.store_id IN (SELECT id FROM stores WHERE country = 'KR')
      JOIN variants v ON v.id = s.variant_id
      WHERE s.on_hand >= 1 ORDER BY s.variant_id, l.id OFFSET ${offset} LIMIT 1`),
  );
  if (!row) throw new Error('no stock seeded');
  return { variantId: row.variant_id, sku: row.sku, storeId: row.store_id, locationId: row.location_id };
}

export async function setStock(db: Db, locationId: string, variantId: string, onHand: number) {
  await db
    .insert(stockLevels)
    .values({ locationId, variantId, onHand, reserved: 0 })
    .onConflictDoUpdate({ target: [stockLevels.locationId, stockLevels.variantId], set: { onHand, reserved: 0 } });
}

export async function stockAt(db: Db, locationId: string, variantId: string) {
  const [row] = await db
    .select()
    .from(stockLevels)
    .where(and(eq(stockLevels.locationId, locationId), eq(stockLevels.variantId, variantId)));
  return row ?? { onHand: 0, reserved: 0 };
}

/** A guest cart holding `quantity` of the variant for pickup at the store; returns its cookie token. */
export async function guestCartWith(db: Db, item: { variantId: string; storeId: string }, quantity = 1) {
  const token = newGuestToken();
  const cartId = await findOrCreateCartId(db, { guestToken: token }, new Date());
  await addLine(
    db,
    cartId,
    { variantId: item.variantId, quantity, fulfillment: { type: 'pickup', storeId: item.storeId } },
    { now: new Date() },
  );
  return { token, cartId };
}

/** The warehouse that ships a market's deliveries (Korea's by default, which also ships the US). */
export async function warehouseLocationId(db: Db, market: 'KR' | 'JP' | 'SG' = 'KR') {
  const [row] = await db
    .select()
    .from(inventoryLocations)
    .where(and(eq(inventoryLocations.kind, 'warehouse'), eq(inventoryLocations.market, market)));
  return row!.id;
}

export const pickupCheckout = {
  contact: { email: 'shopper@example.com', phone: '010-2345-6789' },
  payment: { method: 'pay_at_pickup' },
};

/** A code for ₩1,000 off anything, for everyone, on both channels, from 2026 on. */
export async function fixedOffCode(db: Db, offer: { id: string; code: string; title: string; usageLimit?: number }) {
  const everywhere = { channels: 'both', audience: 'everyone', targetKind: 'everywhere' } as const;
  const discount = { discountType: 'fixed', discountValue: 1000, currency: 'KRW' } as const;
  await db.insert(offers).values({
    description: 'Test code',
    startsAt: new Date('2026-01-01'),
    endsAt: null,
    ...everywhere,
    ...discount,
    ...offer,
  });
}

/** An online order of ₩1,000 collected in October 2026: a returning customer's. */
export async function pastOrder(db: Db, order: { id: string; number: string; email: string; userId?: string }) {
  const paid = { paymentMethod: 'pay_at_pickup', paymentStatus: 'paid' } as const;
  const amounts = { currency: 'KRW', subtotal: 1000, total: 1000 };
  await db.insert(orders).values({
    channel: 'online',
    status: 'collected',
    placedAt: new Date('2026-10-01'),
    ...amounts,
    ...paid,
    ...order,
  });
}

/** A till's sale of `quantity` × `sku` (₩39,000 each unless said), as POST /api/pos/orders takes it. */
export function tillSale(sale: {
  externalId: string;
  storeId: string;
  sku: string;
  phone?: string;
  quantity?: number;
  unitPrice?: number;
  placedAt?: string;
}) {
  const { sku, quantity = 1, unitPrice = 39_000, placedAt = new Date().toISOString(), ...about } = sale;
  return { ...about, placedAt, currency: 'KRW', lines: [{ sku, quantity, unitPrice }], total: unitPrice * quantity };
}
