import { distanceMeters, type LatLng } from '@/lib/geo/distance';
import type { MarketCode } from '@/lib/markets/markets';

/**
 * The offer engine: pure functions, so every rule is tested at its boundaries without a
 * database. Storage rows become `OfferRule`s in `offers/repository.ts`.
 */
export type OfferTarget =
  | { kind: 'everywhere' }
  | { kind: 'store'; storeId: string; radiusMeters: number }
  | { kind: 'region'; region: string };

export type OfferRule = {
  id: string;
  title: string;
  description: string;
  code: string | null;
  discount: { type: 'percent'; percent: number } | { type: 'fixed'; amount: number };
  /** The market it runs in: its amounts are in that market's currency, and no other market's bag sees it. */
  market: MarketCode;
  currency: string;
  startsAt: Date;
  endsAt: Date | null;
  channels: 'online' | 'store' | 'both';
  audience: 'everyone' | 'first_order' | 'returning';
  minSubtotal: number;
  categoryIds: string[] | null;
  usageLimit: number | null;
  perCustomerLimit: number | null;
  redeemedCount: number;
  target: OfferTarget;
  listed: boolean;
};

export type StorePlace = { id: string; name: string; lat: number; lng: number; region: string };

/**
 * Where the shopper is, in the order the spec trusts it: a position they allowed, else the
 * store they chose (or, at the till, the store selling), else a coarse region from the CDN.
 */
export type ShopperPlace = { point?: LatLng; storeId?: string; region?: string };

/** The precedence in one place: a position wins, then the chosen store, then the region. */
export function choosePlace(known: { point?: LatLng; storeId?: string | null; region?: string }): ShopperPlace {
  if (known.point) return { point: known.point };
  if (known.storeId) return { storeId: known.storeId };
  return known.region ? { region: known.region } : {};
}

export type OfferContext = {
  /** The market being priced (the bag's, or the till's store's): offers of other markets do not apply. */
  market: MarketCode;
  now: Date;
  channel: 'online' | 'store';
  place: ShopperPlace;
  stores: ReadonlyMap<string, StorePlace>;
  /** Orders the customer placed before; null when not known (a guest before checkout, a till sale without a phone). */
  priorOrders: number | null;
  /** This customer's earlier uses of each offer. */
  usesByOffer?: ReadonlyMap<string, number>;
};

export type Basket = { lines: { categoryId: string; amount: number }[] };

export type OfferReason =
  | { kind: 'near_store'; storeId: string; storeName: string; distanceMeters: number }
  | { kind: 'at_store'; storeId: string; storeName: string }
  | { kind: 'region'; region: string }
  | { kind: 'everywhere' };

export type NotApplicable =
  | 'other_market'
  | 'not_started'
  | 'ended'
  | 'wrong_channel'
  | 'out_of_area'
  | 'audience'
  | 'below_minimum'
  | 'no_eligible_items'
  | 'used_up'
  | 'customer_limit';

export type Verdict = { applies: true; reason: OfferReason; discount: number } | { applies: false; why: NotApplicable };

/** Within a near-store offer's area: at most `radiusMeters`, boundary included. */
export function withinRadius(point: LatLng, store: LatLng, radiusMeters: number): boolean {
  return distanceMeters(point, store) <= radiusMeters;
}

/** The shopper's region: the CDN's, else that of the chosen store, else of the nearest store within 30 km. */
export function regionOf(place: ShopperPlace, stores: ReadonlyMap<string, StorePlace>): string | undefined {
  if (place.region) return place.region;
  const chosen = place.storeId ? stores.get(place.storeId) : undefined;
  if (chosen) return chosen.region;
  if (!place.point) return undefined;
  let best: { region: string; d: number } | undefined;
  for (const s of stores.values()) {
    const d = distanceMeters(place.point, s);
    if (d <= 30_000 && (!best || d < best.d)) best = { region: s.region, d };
  }
  return best?.region;
}

/** Does the offer's target cover where the shopper is, and why (the reason shown to them)? */
export function targetReason(rule: OfferRule, ctx: Pick<OfferContext, 'place' | 'stores'>): OfferReason | null {
  const { target } = rule;
  if (target.kind === 'everywhere') return { kind: 'everywhere' };
  if (target.kind === 'region') {
    return regionOf(ctx.place, ctx.stores) === target.region ? { kind: 'region', region: target.region } : null;
  }
  const store = ctx.stores.get(target.storeId);
  if (!store) return null;
  if (ctx.place.point) {
    const d = distanceMeters(ctx.place.point, store);
    if (d <= target.radiusMeters) {
      return { kind: 'near_store', storeId: store.id, storeName: store.name, distanceMeters: d };
    }
    return null;
  }
  const chosen = ctx.place.storeId ? ctx.stores.get(ctx.place.storeId) : undefined;
  if (chosen && (chosen.id === store.id || distanceMeters(chosen, store) <= target.radiusMeters)) {
    return { kind: 'at_store', storeId: store.id, storeName: store.name };
  }
  return null;
}

/** The discount on a basket, in minor units: never more than what it applies to. */
export function discountAmount(rule: OfferRule, basket: Basket): number {
  return discountOn(rule.discount, eligibleSubtotal(rule, basket));
}

/** A percent or fixed discount taken off `base` minor units: rounded down, never more than `base`. */
export function discountOn(discount: OfferRule['discount'], base: number): number {
  if (discount.type === 'fixed') return Math.min(discount.amount, base);
  return Math.floor((base * discount.percent) / 100);
}

/** Which automatic offer wins: the largest discount; on a tie the one ending first, then by id. */
export function bestFirst(
  a: { amount: number; endsAt: number | null; id: string },
  b: { amount: number; endsAt: number | null; id: string },
): number {
  return b.amount - a.amount || (a.endsAt ?? Infinity) - (b.endsAt ?? Infinity) || a.id.localeCompare(b.id);
}

function eligibleSubtotal(rule: OfferRule, basket: Basket): number {
  const counts = (categoryId: string) => !rule.categoryIds || rule.categoryIds.includes(categoryId);
  return basket.lines.reduce((n, l) => n + (counts(l.categoryId) ? l.amount : 0), 0);
}

/**
 * Whether the offer is live, in reach and for this shopper, leaving the basket aside: what
 * "near you" and GET /api/offers show.
 */
export function offerInReach(
  rule: OfferRule,
  ctx: OfferContext,
): { applies: true; reason: OfferReason } | { applies: false; why: NotApplicable } {
  // First: a yen amount must never be read as won, whatever else holds.
  if (rule.market !== ctx.market) return { applies: false, why: 'other_market' };
  if (ctx.now < rule.startsAt) return { applies: false, why: 'not_started' };
  if (rule.endsAt && ctx.now >= rule.endsAt) return { applies: false, why: 'ended' };
  if (rule.channels !== 'both' && rule.channels !== ctx.channel) return { applies: false, why: 'wrong_channel' };
  if (rule.usageLimit !== null && rule.redeemedCount >= rule.usageLimit) return { applies: false, why: 'used_up' };
  // Online a guest is "not known yet" until checkout gives an e-mail. At the till the sale is
  // being made now: a customer the till cannot name (no phone) cannot be shown to be new.
  const unknownIsNew = ctx.channel === 'online';
  if (rule.audience === 'first_order' && (ctx.priorOrders === null ? !unknownIsNew : ctx.priorOrders > 0)) {
    return { applies: false, why: 'audience' };
  }
  if (rule.audience === 'returning' && !(ctx.priorOrders !== null && ctx.priorOrders > 0)) {
    return { applies: false, why: 'audience' };
  }
  const uses = ctx.usesByOffer?.get(rule.id) ?? 0;
  if (rule.perCustomerLimit !== null && uses >= rule.perCustomerLimit) return { applies: false, why: 'customer_limit' };
  const reason = targetReason(rule, ctx);
  if (!reason) return { applies: false, why: 'out_of_area' };
  return { applies: true, reason };
}

/** The whole check for a basket: reach, then the minimum subtotal and the categories it counts. */
export function evaluateOffer(rule: OfferRule, ctx: OfferContext, basket: Basket): Verdict {
  const reach = offerInReach(rule, ctx);
  if (!reach.applies) return reach;
  const base = eligibleSubtotal(rule, basket);
  if (base === 0) return { applies: false, why: 'no_eligible_items' };
  if (base < rule.minSubtotal) return { applies: false, why: 'below_minimum' };
  return { applies: true, reason: reach.reason, discount: discountAmount(rule, basket) };
}

export type AppliedOffer = { rule: OfferRule; reason: OfferReason; amount: number };

/**
 * The stacking rule: the best automatic offer (largest discount; on a tie the earliest to
 * end, then by id) plus at most one code, both taken off the same subtotal, together never
 * more than it. A code that does not apply is reported with why.
 */
export function chooseOffers(
  rules: OfferRule[],
  ctx: OfferContext,
  basket: Basket,
  code: string | null,
): { applied: AppliedOffer[]; codeProblem: NotApplicable | 'unknown_code' | null } {
  const subtotal = basket.lines.reduce((n, l) => n + l.amount, 0);
  const automatic = rules
    .filter((r) => r.code === null)
    .map((rule) => ({ rule, verdict: evaluateOffer(rule, ctx, basket) }))
    .flatMap(({ rule, verdict }) =>
      verdict.applies ? [{ rule, reason: verdict.reason, amount: verdict.discount }] : [],
    )
    .sort((a, b) =>
      bestFirst(
        { amount: a.amount, endsAt: a.rule.endsAt?.getTime() ?? null, id: a.rule.id },
        { amount: b.amount, endsAt: b.rule.endsAt?.getTime() ?? null, id: b.rule.id },
      ),
    );
  const applied: AppliedOffer[] = automatic.slice(0, 1);
  let codeProblem: NotApplicable | 'unknown_code' | null = null;
  if (code) {
    const rule = rules.find((r) => r.code === code.toUpperCase());
    const verdict = rule ? evaluateOffer(rule, ctx, basket) : null;
    if (!rule || !verdict) codeProblem = 'unknown_code';
    else if (!verdict.applies) codeProblem = verdict.why;
    else applied.push({ rule, reason: verdict.reason, amount: verdict.discount });
  }
  let left = subtotal;
  return {
    applied: applied.map((a) => {
      const amount = Math.min(a.amount, left);
      left -= amount;
      return { ...a, amount };
    }),
    codeProblem,
  };
}

export type SpendMore = { rule: OfferRule; spendMore: number };

/**
 * Offers the bag is short of: in reach here and now, covering something in the bag (or
 * everything), not applied, with a minimum the bag has not reached; each with how much more
 * it takes. A code is told only while no other code is in the bag.
 */
export function offersWithinReach(
  rules: OfferRule[],
  ctx: OfferContext,
  basket: Basket,
  code: string | null,
  applied: AppliedOffer[],
): SpendMore[] {
  return rules.flatMap((rule) => {
    if (!rule.listed || applied.some((a) => a.rule.id === rule.id)) return [];
    if (rule.code !== null && code !== null && rule.code !== code.toUpperCase()) return [];
    const verdict = evaluateOffer(rule, ctx, basket);
    if (verdict.applies || verdict.why !== 'below_minimum') return [];
    return [{ rule, spendMore: rule.minSubtotal - eligibleSubtotal(rule, basket) }];
  });
}
