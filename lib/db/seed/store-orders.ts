import { stableId } from '@/lib/ids';
import { shopDateCode } from '@/lib/orders/codes';
import type * as t from '../schema';
import { randomInt, seededRandom } from './random';

/**
 * Demo shoppers who buy at the till: sign up, link one of these numbers (the code shows at
 * /dev/outbox) and their in-store purchases appear in the order history.
 */
export const DEMO_STORE_PHONES = ['+821012345678', '+821098765432', '+821055512345'] as const;

const NUMBER_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

type Built = {
  stores: (typeof t.stores.$inferInsert)[];
  locations: { id: string; storeId: string | null }[];
  variants: (typeof t.variants.$inferInsert)[];
  products: (typeof t.products.$inferInsert)[];
  stock: (typeof t.stockLevels.$inferInsert)[];
};

/**
 * Past in-store sales for the demo phones, as the POS would have posted them: a few per
 * phone, at different stores, of items those stores stock. Deterministic, like the rest.
 */
export function buildStoreOrderRows(rows: Built, epoch = Date.UTC(2026, 7, 1)) {
  const orders: (typeof t.orders.$inferInsert)[] = [];
  const lines: (typeof t.orderLines.$inferInsert)[] = [];
  const titles = new Map(rows.products.map((p) => [p.id, p.title]));
  const variantsById = new Map(rows.variants.map((v) => [v.id, v]));
  // The demo phones are Korean numbers, and a till posts in its store's currency: their past sales are in Korea, in won.
  const koreanStores = rows.stores.filter((s) => s.country === 'KR');
  DEMO_STORE_PHONES.forEach((phone, p) => {
    const rand = seededRandom(`store-orders/${phone}`);
    const count = 3 + (p % 2);
    for (let n = 0; n < count; n++) {
      const store = koreanStores[randomInt(rand, 0, koreanStores.length - 1)]!;
      const location = rows.locations.find((l) => l.storeId === store.id)!;
      const stocked = rows.stock.filter((s) => s.locationId === location.id && (s.onHand ?? 0) >= 3);
      const placedAt = new Date(epoch + (p * 11 + n * 23) * 86_400_000 + randomInt(rand, 2, 10) * 3_600_000);
      const externalId = `demo-${p + 1}-${n + 1}`;
      const id = stableId('ord', `store-order/${externalId}`);
      const suffix = Array.from({ length: 5 }, () => NUMBER_ALPHABET[randomInt(rand, 0, NUMBER_ALPHABET.length - 1)]);
      let subtotal = 0;
      const picked = new Set<string>();
      const lineCount = randomInt(rand, 1, 3);
      for (let l = 0; l < lineCount; l++) {
        const stock = stocked[randomInt(rand, 0, stocked.length - 1)]!;
        if (picked.has(stock.variantId)) continue;
        picked.add(stock.variantId);
        const variant = variantsById.get(stock.variantId)!;
        const quantity = randomInt(rand, 1, 2);
        subtotal += variant.priceAmount * quantity;
        lines.push({
          id: stableId('oli', `${externalId}/${variant.sku}`),
          orderId: id,
          variantId: variant.id,
          sku: variant.sku,
          title: titles.get(variant.productId)!,
          options: {
            ...(variant.size ? { size: variant.size } : {}),
            ...(variant.color ? { color: variant.color } : {}),
          },
          quantity,
          unitPrice: variant.priceAmount,
          fulfillment: 'in_store',
          storeId: store.id!,
        });
      }
      orders.push({
        id,
        number: `AI-${shopDateCode(placedAt)}-${suffix.join('')}`,
        channel: 'store',
        status: 'collected',
        email: null,
        phone,
        storeId: store.id!,
        externalId,
        currency: variantsById.get(lines.at(-1)!.variantId!)!.currency,
        subtotal,
        total: subtotal,
        paymentMethod: 'in_store',
        paymentStatus: 'paid',
        placedAt,
      });
    }
  });
  return { orders, lines };
}
