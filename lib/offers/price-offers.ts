import 'server-only';
import type { Db } from '@/lib/db';
import { categories } from '@/lib/db/schema';
import { getMessages } from '@/lib/i18n/catalogs';
import { createTranslator, INTL_LOCALE, type Locale } from '@/lib/i18n/translate';
import {
  chooseOffers,
  offerInReach,
  offersWithinReach,
  type AppliedOffer,
  type Basket,
  type OfferContext,
  type OfferRule,
  type ShopperPlace,
} from './engine';
import { reasonText } from './reason';
import { customerKey, loadOfferRules, loadStorePlaces, priorOrderCount, usesByOffer } from './repository';
import type { AppliedDiscount, Offer, OfferCodeStatus, OfferHint } from './schema';
import { queriesTogether } from '@/lib/db/queries-together';
import { BASE_MARKET, type MarketCode } from '@/lib/markets/markets';

type Customer = { userId?: string | null; email?: string | null };

type Scope = {
  place: ShopperPlace;
  customer: Customer;
  now: Date;
  /** The market being priced; the base market until the caller knows the bag's. */
  market?: MarketCode;
  /** The catalog epoch read with the caller's own query: offers and stores come from the instance's cache. */
  epoch?: number;
};

async function contextFor(
  db: Db,
  input: Scope & { channel: 'online' | 'store'; code?: string | null },
): Promise<{ rules: OfferRule[]; ctx: OfferContext }> {
  const market = input.market ?? BASE_MARKET;
  const [rules, stores, priorOrders, uses] = await queriesTogether(
    db,
    () => loadOfferRules(db, { market, code: input.code, epoch: input.epoch }),
    () => loadStorePlaces(db, input.epoch),
    () => priorOrderCount(db, input.customer),
    () => usesByOffer(db, customerKey(input.customer)),
  );
  return {
    rules,
    ctx: {
      market,
      now: input.now,
      channel: input.channel,
      place: input.place,
      stores,
      priorOrders,
      usesByOffer: uses,
    },
  };
}

export type PricedOffers = { applied: AppliedOffer[]; codeStatus: OfferCodeStatus | null; hints: OfferHint[] };

const discountOf = (rule: OfferRule) =>
  rule.discount.type === 'percent'
    ? { type: 'percent' as const, percent: rule.discount.percent }
    : { type: 'fixed' as const, amount: { amount: rule.discount.amount, currency: rule.currency } };

/** The offers a basket gets here and now (the stacking rule is in `chooseOffers`). */
export async function priceOffers(
  db: Db,
  input: Scope & { basket: Basket; code: string | null; channel: 'online' | 'store' },
): Promise<PricedOffers> {
  const { rules, ctx } = await contextFor(db, input);
  const { applied, codeProblem } = chooseOffers(rules, ctx, input.basket, input.code);
  const hints = offersWithinReach(rules, ctx, input.basket, input.code, applied).map(({ rule, spendMore }) => ({
    offerId: rule.id,
    title: rule.title,
    code: rule.code,
    discount: discountOf(rule),
    spendMore: { amount: spendMore, currency: rule.currency },
  }));
  return { applied, codeStatus: input.code ? (codeProblem ?? 'applied') : null, hints };
}

export function toAppliedDiscounts(applied: AppliedOffer[], currency: string): AppliedDiscount[] {
  return applied.map((a) => ({
    offerId: a.rule.id,
    title: a.rule.title,
    code: a.rule.code,
    amount: { amount: a.amount, currency },
    reason: a.reason,
  }));
}

const reasonRank = { near_store: 0, at_store: 1, region: 2, everywhere: 3 } as const;

/**
 * The listed offers of the market that apply where the shopper is, nearest reason first, each
 * with the reason in words in the shopper's locale (English when none is given).
 */
export async function listOffersHere(db: Db, input: Scope & { locale?: Locale }): Promise<Offer[]> {
  const locale = input.locale ?? 'en';
  const t = createTranslator(getMessages(locale));
  const [{ rules, ctx }, categoryRows] = await queriesTogether(
    db,
    () => contextFor(db, { ...input, channel: 'online' }),
    () => db.select({ id: categories.id, slug: categories.slug }).from(categories),
  );
  const slugs = new Map(categoryRows.map((c) => [c.id, c.slug]));
  return rules
    .filter((r) => r.listed)
    .flatMap((rule) => {
      const reach = offerInReach(rule, ctx);
      return reach.applies ? [{ rule, reason: reach.reason }] : [];
    })
    .sort(
      (a, b) =>
        reasonRank[a.reason.kind] - reasonRank[b.reason.kind] ||
        (a.reason.kind === 'near_store' && b.reason.kind === 'near_store'
          ? a.reason.distanceMeters - b.reason.distanceMeters
          : 0) ||
        a.rule.id.localeCompare(b.rule.id),
    )
    .map(({ rule, reason }) => ({
      id: rule.id,
      title: rule.title,
      description: rule.description,
      ...(rule.code ? { code: rule.code } : {}),
      discount: discountOf(rule),
      ...(rule.minSubtotal > 0 ? { minSubtotal: { amount: rule.minSubtotal, currency: rule.currency } } : {}),
      ...(rule.categoryIds
        ? { categoryIds: rule.categoryIds, categorySlugs: rule.categoryIds.map((id) => slugs.get(id) ?? id) }
        : {}),
      audience: rule.audience,
      market: rule.market,
      ...(rule.endsAt ? { endsAt: rule.endsAt.toISOString() } : {}),
      reason: reasonText(reason, t, locale, INTL_LOCALE[locale]),
      reasonDetail: reason,
    }));
}
