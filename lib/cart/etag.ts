import type { Cart } from './schema';

/** FNV-1a, 32 bits, base 36: a short, stable digest that runs the same in the browser. */
function digest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/**
 * `"<cartId>.<version>.<offers>"`: the version changes with every write; the last part with
 * the line prices and what the offers and delivery give here and now (a shopper who moves, an offer that ends, a
 * delivery date that moves on at the cut-off).
 */
export function cartEtag(
  cart: Pick<Cart, 'id' | 'version' | 'discounts' | 'offerCode'> &
    Partial<Pick<Cart, 'offerHints' | 'delivery' | 'lines' | 'market'>>,
): string {
  // Line prices too: the retailer's price change reaches the bag on its next read, not as a 304.
  const prices = (cart.lines ?? []).map((l) => l.unitPrice.amount);
  // And the lines' words: a shopper who switches language gets the bag in it, not a 304.
  const words = (cart.lines ?? []).map((l) => [l.title, l.optionLabels?.color?.text, l.optionLabels?.size?.text]);
  // The market too: a bag moved to another market on another device is never answered with a 304.
  const priced = [
    cart.discounts,
    cart.offerCode,
    cart.offerHints ?? [],
    cart.delivery ?? null,
    prices,
    words,
    cart.market ?? null,
  ];
  return `"${cart.id ?? 'none'}.${cart.version}.${digest(JSON.stringify(priced))}"`;
}
