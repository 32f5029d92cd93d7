import { describe, expect, it } from 'vitest';
import {
  predictAddLine,
  predictDismissNotices,
  predictPickupStore,
  predictRemoveLine,
  predictUpdateLine,
  withoutReorderNotices,
  withTotals,
  type AddLineInput,
} from '@/lib/cart/predict-cart';
import type { Cart, CartLine } from '@/lib/cart/schema';
import { cartLine, cartOf as bagOf, krw } from '../support/cart-fixtures';

const line = cartLine;
const cartOf = (lines: CartLine[], over: Partial<Cart> = {}): Cart => bagOf(lines, { version: 3, ...over });

const adding = (over: Partial<AddLineInput> = {}): AddLineInput => {
  const { id: _id, quantity: _q, lineTotal: _t, fulfillment: _f, ...display } = line({ id: 'x', variantId: 'v2' });
  return { variantId: 'v2', quantity: 2, fulfillment: { type: 'ship' }, display, ...over };
};

describe('withTotals', () => {
  it('counts units and sums unit price × quantity in minor units', () => {
    const cart = cartOf([
      line({ id: 'a', variantId: 'v1', quantity: 2, unitPrice: krw(12_900) }),
      line({ id: 'b', variantId: 'v2', quantity: 1, unitPrice: krw(5_000) }),
    ]);
    expect(cart.itemCount).toBe(3);
    expect(cart.subtotal).toEqual(krw(30_800));
    expect(cart.total).toEqual(krw(30_800));
  });

  it('keeps the discounts already shown, and never drops the total below zero', () => {
    const discount = {
      offerId: 'o1',
      title: 'Winter',
      code: null,
      amount: krw(4_000),
      reason: { kind: 'everywhere' as const },
    };
    const base = cartOf([], { discounts: [discount] });
    expect(withTotals(base, [line({ id: 'a', variantId: 'v1', unitPrice: krw(10_000) })]).total).toEqual(krw(6_000));
    expect(withTotals(base, [line({ id: 'a', variantId: 'v1', unitPrice: krw(3_000) })]).total).toEqual(krw(0));
    expect(withTotals(base, []).discounts).toEqual([discount]);
  });

  it('does not change the cart it was given', () => {
    const cart = cartOf([line({ id: 'a', variantId: 'v1' })]);
    const before = structuredClone(cart);
    withTotals(cart, []);
    expect(cart).toEqual(before);
  });
});

describe('predicted carts', () => {
  it('adding a new variant appends a pending line with its line total', () => {
    const cart = predictAddLine(cartOf([line({ id: 'a', variantId: 'v1' })]), adding());
    expect(cart.lines.map((l) => [l.id, l.quantity, l.lineTotal.amount])).toEqual([
      ['a', 1, 10_000],
      ['pending-v2', 2, 20_000],
    ]);
    expect(cart.itemCount).toBe(3);
    expect(cart.subtotal.amount).toBe(30_000);
  });

  it('adding the same variant with the same fulfilment grows that line', () => {
    const cart = predictAddLine(cartOf([line({ id: 'a', variantId: 'v2', quantity: 1 })]), adding());
    expect(cart.lines.map((l) => [l.id, l.quantity])).toEqual([['a', 3]]);
    expect(cart.itemCount).toBe(3);
  });

  it('the same variant for pickup elsewhere is a line of its own', () => {
    const pickup = line({ id: 'a', variantId: 'v2', fulfillment: { type: 'pickup', storeId: 's1' } });
    const other = predictAddLine(cartOf([pickup]), adding({ fulfillment: { type: 'pickup', storeId: 's2' } }));
    expect(other.lines.map((l) => l.id)).toEqual(['a', 'pending-v2']);
    const shipped = predictAddLine(cartOf([pickup]), adding());
    expect(shipped.lines.map((l) => l.id)).toEqual(['a', 'pending-v2']);
    const same = predictAddLine(cartOf([pickup]), adding({ fulfillment: { type: 'pickup', storeId: 's1' } }));
    expect(same.lines.map((l) => [l.id, l.quantity])).toEqual([['a', 3]]);
  });

  it('updating a line changes its quantity or fulfilment and the totals', () => {
    const cart = cartOf([line({ id: 'a', variantId: 'v1' }), line({ id: 'b', variantId: 'v2' })]);
    const more = predictUpdateLine(cart, { lineId: 'b', quantity: 4 });
    expect(more.lines.map((l) => l.quantity)).toEqual([1, 4]);
    expect(more.subtotal.amount).toBe(50_000);
    // The line's own total follows its quantity (offline it shows until the connection returns).
    expect(more.lines[1]!.lineTotal.amount).toBe(more.lines[1]!.unitPrice.amount * 4);
    const moved = predictUpdateLine(cart, { lineId: 'a', fulfillment: { type: 'pickup', storeId: 's1' } });
    expect(moved.lines[0]!.fulfillment).toEqual({ type: 'pickup', storeId: 's1' });
    expect(moved.lines[0]!.quantity).toBe(1);
  });

  it('removing a line drops it and its units', () => {
    const cart = predictRemoveLine(
      cartOf([line({ id: 'a', variantId: 'v1' }), line({ id: 'b', variantId: 'v2', quantity: 2 })]),
      { lineId: 'b' },
    );
    expect(cart.lines.map((l) => l.id)).toEqual(['a']);
    expect(cart.itemCount).toBe(1);
    expect(cart.total.amount).toBe(10_000);
  });

  it('choosing or clearing the pickup store', () => {
    const chosen = predictPickupStore(cartOf([]), { storeId: 's1', storeName: 'Seongsu' });
    expect([chosen.pickupStoreId, chosen.pickupStore]).toEqual(['s1', { id: 's1', name: 'Seongsu' }]);
    const cleared = predictPickupStore(chosen, { storeId: null });
    expect([cleared.pickupStoreId, cleared.pickupStore]).toEqual([null, null]);
  });

  it('dismissing notices, and a reorder keeping only the standing ones', () => {
    const cart = cartOf([], {
      notices: [{ code: 'merged' }, { code: 'added', count: 2 }, { code: 'unavailable', sku: 'X' }],
    });
    expect(predictDismissNotices(cart).notices).toBeUndefined();
    expect(withoutReorderNotices(cart).notices).toEqual([{ code: 'merged' }]);
  });
});
