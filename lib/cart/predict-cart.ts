import type { Cart, CartLine, Fulfillment } from './schema';

/**
 * What the bag will look like once a write lands, shown at once while the server works
 * (TanStack Query's optimistic update). Pure: the server's answer replaces it either way.
 */

/** The cart with these lines, its counts and money recomputed from them (each line's total too). */
export function withTotals(cart: Cart, changed: CartLine[]): Cart {
  const lines = changed.map((l) => ({ ...l, lineTotal: { ...l.unitPrice, amount: l.unitPrice.amount * l.quantity } }));
  const subtotal = lines.reduce((n, l) => n + l.unitPrice.amount * l.quantity, 0);
  return {
    ...cart,
    lines,
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    subtotal: { ...cart.subtotal, amount: subtotal },
    // Until the server answers, the discounts, delivery fee and added tax already shown stay (it re-prices them).
    total: {
      ...cart.total,
      amount:
        Math.max(0, subtotal - cart.discounts.reduce((n, d) => n + d.amount.amount, 0)) +
        (cart.delivery?.fee.amount ?? 0) +
        (cart.tax.included ? 0 : cart.tax.amount.amount),
    },
  };
}

const sameFulfillment = (a: Fulfillment, b: Fulfillment) =>
  a.type === b.type && (a.type === 'ship' || (b.type === 'pickup' && a.storeId === b.storeId));

export type AddLineInput = {
  variantId: string;
  quantity: number;
  fulfillment: Fulfillment;
  display: Omit<CartLine, 'id' | 'quantity' | 'lineTotal' | 'fulfillment'>;
};

/** Adding to a line of the same variant and fulfilment grows it; otherwise a pending line appears. */
export function predictAddLine(cart: Cart, v: AddLineInput): Cart {
  // A line for pickup at another store makes that store the bag's (the server does the same).
  if (v.fulfillment.type === 'pickup' && v.fulfillment.storeId !== cart.pickupStoreId)
    cart = predictPickupStore(cart, {
      storeId: v.fulfillment.storeId,
      storeName: cart.pickupStore?.id === v.fulfillment.storeId ? cart.pickupStore.name : '',
    });
  const existing = cart.lines.find((l) => l.variantId === v.variantId && sameFulfillment(l.fulfillment, v.fulfillment));
  const lines = existing
    ? cart.lines.map((l) => (l === existing ? { ...l, quantity: l.quantity + v.quantity } : l))
    : [
        ...cart.lines,
        {
          ...v.display,
          id: `pending-${v.variantId}`,
          quantity: v.quantity,
          fulfillment: v.fulfillment,
          lineTotal: { ...v.display.unitPrice, amount: v.display.unitPrice.amount * v.quantity },
        },
      ];
  return withTotals(cart, lines);
}

export type UpdateLineInput = { lineId: string; quantity?: number; fulfillment?: Fulfillment; label?: string };

export function predictUpdateLine(cart: Cart, v: UpdateLineInput): Cart {
  return withTotals(
    cart,
    cart.lines.map((l) =>
      l.id === v.lineId ? { ...l, quantity: v.quantity ?? l.quantity, fulfillment: v.fulfillment ?? l.fulfillment } : l,
    ),
  );
}

export function predictRemoveLine(cart: Cart, v: { lineId: string }): Cart {
  return withTotals(
    cart,
    cart.lines.filter((l) => l.id !== v.lineId),
  );
}

/** Pickup lines follow the bag's store (or go to delivery without one), as the server moves them. */
export function predictPickupStore(cart: Cart, v: { storeId: string | null; storeName?: string }): Cart {
  const to: Fulfillment = v.storeId ? { type: 'pickup', storeId: v.storeId } : { type: 'ship' };
  return withTotals(
    {
      ...cart,
      pickupStoreId: v.storeId,
      pickupStore: v.storeId ? { id: v.storeId, name: v.storeName ?? '' } : null,
    },
    cart.lines.map((l) => (l.fulfillment.type === 'pickup' ? { ...l, fulfillment: to } : l)),
  );
}

export function predictDismissNotices(cart: Cart): Cart {
  return { ...cart, notices: undefined };
}

/** What a reorder added or missed is said beside its button, not in the bag's standing notices. */
export function withoutReorderNotices(cart: Cart): Cart {
  return { ...cart, notices: cart.notices?.filter((n) => n.code !== 'added' && n.code !== 'unavailable') };
}
