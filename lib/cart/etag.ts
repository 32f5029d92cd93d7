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

/** The longest a cart's ETag stands without a change to the bag or the catalog: time moves offers and delivery on. */
export const CART_ETAG_SLOT_MS = 15 * 60_000;

/** What a cart shown here and now depends on besides the bag and the catalog: the request's place and language. */
export function cartContextDigest(context: { point?: { lat: number; lng: number }; region?: string; locale?: string }) {
  return digest(
    JSON.stringify([context.point?.lat, context.point?.lng, context.region ?? null, context.locale ?? null]),
  );
}

/**
 * `"<cartId>.<version>.<epoch>.<until>.<context>"` (numbers in base 36): the version moves with
 * every write to the bag, the epoch with every change to the catalog, offers, stores and delivery
 * options (lib/db/epoch-cache.ts); `until` is when time alone changes what the bag shows (an offer
 * starts or ends, a delivery cut-off: at most CART_ETAG_SLOT_MS on, at a slot's end); the context
 * is where and in which language it is read. Stock is not in it. So an unchanged bag answers 304
 * from the cart's version and the epoch alone, without the offer engine.
 */
export function cartViewEtag(v: { id: string; version: number; epoch: number; until: number; context: string }) {
  return `"${v.id}.${v.version}.${v.epoch.toString(36)}.${Math.floor(v.until / 1000).toString(36)}.${v.context}"`;
}

/** The parts of a cart's view ETag, or null for anything else. */
export function parseCartViewEtag(tag: string | null) {
  const match = /^"([^".]+)\.(\d+)\.([0-9a-z]+)\.([0-9a-z]+)\.([0-9a-z]+)"$/.exec(tag?.trim() ?? '');
  if (!match) return null;
  const [, id, version, epoch, until, context] = match;
  return {
    id: id!,
    version: Number(version),
    epoch: parseInt(epoch!, 36),
    until: parseInt(until!, 36) * 1000,
    context: context!,
  };
}

/** When a view read at `now` must be recomputed: the end of its slot, or the next offer start or end before it. */
export function cartViewUntil(now: Date, offers: { startsAt: Date; endsAt: Date | null }[]): number {
  const t = now.getTime();
  let until = (Math.floor(t / CART_ETAG_SLOT_MS) + 1) * CART_ETAG_SLOT_MS;
  for (const o of offers)
    for (const at of [o.startsAt.getTime(), o.endsAt?.getTime()])
      if (at !== undefined && at > t && at < until) until = at;
  // Whole seconds in the tag: a bound inside a second is rounded down, never past the change.
  return Math.floor(until / 1000) * 1000;
}

/**
 * The cart's ETag: the one it carries (cartViewEtag, set by the server), else, for a cart made
 * without one (a bag predicted in the browser), `"<cartId>.<version>.<offers>"`: the version changes with every write; the last part with
 * the line prices and what the offers and delivery give here and now (a shopper who moves, an offer that ends, a
 * delivery date that moves on at the cut-off).
 */
export function cartEtag(
  cart: Pick<Cart, 'id' | 'version' | 'discounts' | 'offerCode'> &
    Partial<Pick<Cart, 'offerHints' | 'delivery' | 'lines' | 'market' | 'etag'>>,
): string {
  if (cart.etag) return cart.etag;
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
