import { describe, expect, it } from 'vitest';
import { chooseOffers, offersWithinReach, type OfferContext, type OfferRule } from '@/lib/offers/engine';
import { codesForItem, itemOffer } from '@/lib/offers/item-offer';
import { offerHeadline } from '@/lib/offers/reason';
import type { Offer } from '@/lib/offers/schema';
import { getMessages } from '@/lib/i18n/catalogs';
import { createTranslator } from '@/lib/i18n/translate';

const krw = (amount: number) => ({ amount, currency: 'KRW' });
const seongsu = { kind: 'near_store' as const, storeId: 'str_s', storeName: 'Aisle Seongsu', distanceMeters: 800 };

/** An offer as GET /api/offers answers it, and the same offer as the engine's rule. */
function pair(over: {
  id: string;
  code?: string;
  discount: { type: 'percent'; percent: number } | { type: 'fixed'; amount: number };
  min?: number;
  category?: string;
  endsAt?: string;
}): { offer: Offer; rule: OfferRule } {
  const offer: Offer = {
    id: over.id,
    title: over.id,
    description: '',
    ...(over.code ? { code: over.code } : {}),
    discount: over.discount.type === 'percent' ? over.discount : { type: 'fixed', amount: krw(over.discount.amount) },
    ...(over.min ? { minSubtotal: krw(over.min) } : {}),
    ...(over.category ? { categoryIds: [`cat_${over.category}`], categorySlugs: [over.category] } : {}),
    audience: 'everyone',
    market: 'KR',
    ...(over.endsAt ? { endsAt: over.endsAt } : {}),
    reason: '800 m from Aisle Seongsu',
    reasonDetail: seongsu,
  };
  const rule: OfferRule = {
    id: over.id,
    title: over.id,
    description: '',
    code: over.code ?? null,
    discount: over.discount,
    market: 'KR',
    currency: 'KRW',
    startsAt: new Date('2026-01-01T00:00:00Z'),
    endsAt: over.endsAt ? new Date(over.endsAt) : null,
    channels: 'both',
    audience: 'everyone',
    minSubtotal: over.min ?? 0,
    categoryIds: over.category ? [`cat_${over.category}`] : null,
    usageLimit: null,
    perCustomerLimit: null,
    redeemedCount: 0,
    target: { kind: 'everywhere' },
    listed: true,
  };
  return { offer, rule };
}

const ctx: OfferContext = {
  market: 'KR',
  now: new Date('2026-12-02T00:00:00Z'),
  channel: 'online',
  place: {},
  stores: new Map(),
  priorOrders: null,
};

const seeded = [
  pair({ id: 'off_seongsu', discount: { type: 'percent', percent: 10 } }),
  pair({ id: 'off_haeundae', discount: { type: 'fixed', amount: 15_000 }, min: 100_000 }),
  pair({ id: 'off_busan', discount: { type: 'percent', percent: 15 }, category: 'outerwear' }),
  pair({ id: 'off_welcome', code: 'WELCOME10', discount: { type: 'percent', percent: 10 } }),
  pair({ id: 'off_20k', code: 'AISLE20K', discount: { type: 'fixed', amount: 20_000 }, min: 80_000 }),
];
const offers = seeded.map((p) => p.offer);
const rules = seeded.map((p) => p.rule);

describe('the price an item shows is what a bag of it alone is charged', () => {
  it('agrees with the engine for every price and category, to the won', () => {
    for (const category of ['tops', 'outerwear', 'bags']) {
      for (const price of [990, 9_999, 39_000, 79_900, 99_999, 100_000, 129_000, 389_000]) {
        const bag = chooseOffers(rules, ctx, { lines: [{ categoryId: `cat_${category}`, amount: price }] }, null);
        const charged = price - bag.applied.reduce((n, a) => n + a.amount, 0);
        const shown = itemOffer(offers, { category, price: krw(price) });
        expect(shown?.price.amount ?? price, `${category} at ${price}`).toBe(charged);
        expect(shown?.offer.id ?? null).toBe(bag.applied[0]?.rule.id ?? null);
      }
    }
  });

  it('never counts a code, nor a minimum the item alone cannot reach', () => {
    expect(itemOffer(offers, { category: 'bags', price: krw(39_000) })?.offer.id).toBe('off_seongsu');
    const fixedOnly = offers.filter((o) => o.id === 'off_haeundae');
    expect(itemOffer(fixedOnly, { category: 'bags', price: krw(39_000) })).toBeNull();
    expect(itemOffer(fixedOnly, { category: 'bags', price: krw(129_000) })?.price).toEqual(krw(114_000));
  });

  it('tells only the codes the item alone qualifies for: not a ₩80,000-minimum code on a ₩39,000 item', () => {
    expect(codesForItem(offers, { category: 'bags', price: krw(39_000) }).map((o) => o.code)).toEqual(['WELCOME10']);
    expect(codesForItem(offers, { category: 'bags', price: krw(89_000) }).map((o) => o.code)).toEqual([
      'WELCOME10',
      'AISLE20K',
    ]);
  });

  it('in the bag, a minimum not yet reached is told as how much more it takes', () => {
    const basket = { lines: [{ categoryId: 'cat_bags', amount: 39_000 }] };
    const { applied } = chooseOffers(rules, ctx, basket, null);
    const short = offersWithinReach(rules, ctx, basket, null, applied);
    expect(short.map((s) => [s.rule.id, s.spendMore])).toEqual([
      ['off_haeundae', 61_000],
      ['off_20k', 41_000],
    ]);
    // With another code in the bag, a second code is not advertised (one code per bag).
    const withCode = offersWithinReach(rules, ctx, basket, 'WELCOME10', applied);
    expect(withCode.map((s) => s.rule.id)).toEqual(['off_haeundae']);
  });

  it('says what the offer is on the badge', () => {
    const en = createTranslator(getMessages('en'));
    const ko = createTranslator(getMessages('ko'));
    const offer = offers[0]!;
    expect(offerHeadline(offer, en, 'en', 'en-US')).toBe('10% off at Aisle Seongsu');
    expect(offerHeadline(offer, ko, 'ko', 'ko-KR')).toBe('Aisle Seongsu 근처 10% 할인');
    const everywhere = { ...offers[1]!, reasonDetail: { kind: 'everywhere' as const } };
    expect(offerHeadline(everywhere, en, 'en', 'en-US')).toBe('₩15,000 off');
  });
});

describe('an item is priced only by offers of its own market', () => {
  const jp = { ...offers[0]!, id: 'off_jp', market: 'JP' as const };
  it('a JP percent offer does not price a won item, and does price a yen one', () => {
    expect(itemOffer([jp], { category: 'tops', price: krw(39_000) })).toBeNull();
    expect(itemOffer([jp], { category: 'tops', price: { amount: 4290, currency: 'JPY' } })?.price).toEqual({
      amount: 3861,
      currency: 'JPY',
    });
    expect(codesForItem([{ ...jp, code: 'HELLOJP' }], { category: 'tops', price: krw(39_000) })).toEqual([]);
  });
});
