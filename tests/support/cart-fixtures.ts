import { withTotals } from '@/lib/cart/predict-cart';
import type { Cart, CartLine } from '@/lib/cart/schema';

export const krw = (amount: number) => ({ amount, currency: 'KRW' });

/** A bag line as the API answers it; `quantity` and `unitPrice` set its total. */
export function cartLine(over: Partial<CartLine> & Pick<CartLine, 'id' | 'variantId'>): CartLine {
  const quantity = over.quantity ?? 1;
  const unitPrice = over.unitPrice ?? krw(10_000);
  return {
    sku: `SKU-${over.variantId}`,
    productId: 'p1',
    handle: 'heavy-canvas-tote',
    title: 'Heavy Canvas Tote',
    options: { color: 'Natural' },
    image: null,
    quantity,
    unitPrice,
    lineTotal: krw(unitPrice.amount * quantity),
    fulfillment: { type: 'ship' },
    available: 10,
    ...over,
  };
}

/** A bag as the API answers it, with its totals worked out from `lines`. */
export function cartOf(lines: CartLine[], over: Partial<Cart> = {}): Cart {
  return withTotals(
    {
      id: 'c1',
      version: 1,
      market: 'KR',
      currency: 'KRW',
      pickupStoreId: null,
      pickupStore: null,
      lines: [],
      itemCount: 0,
      subtotal: krw(0),
      discounts: [],
      offerCode: null,
      offerHints: [],
      delivery: null,
      tax: { included: true, amount: krw(0), estimated: false },
      total: krw(0),
      ...over,
    },
    lines,
  );
}
