import { describe, expect, it } from 'vitest';
import { distanceMeters, formatDistance } from '@/lib/geo/distance';
import {
  chooseOffers,
  evaluateOffer,
  offerInReach,
  regionOf,
  withinRadius,
  type OfferContext,
  type OfferRule,
  type StorePlace,
} from '@/lib/offers/engine';
import { parsePoint, shopperPlaceOf, regionFromHeaders } from '@/lib/offers/place';

const seongsu: StorePlace = { id: 'str_seongsu', name: 'Aisle Seongsu', lat: 37.5445, lng: 127.0557, region: 'KR-11' };
const haeundae: StorePlace = {
  id: 'str_haeundae',
  name: 'Aisle Haeundae',
  lat: 35.1631,
  lng: 129.1636,
  region: 'KR-26',
};
const stores = new Map([seongsu, haeundae].map((s) => [s.id, s]));

const t0 = new Date('2026-11-01T00:00:00Z');
const t1 = new Date('2026-12-01T00:00:00Z');

function rule(over: Partial<OfferRule> = {}): OfferRule {
  return {
    id: 'off_a',
    title: '10% off',
    description: '',
    code: null,
    discount: { type: 'percent', percent: 10 },
    market: 'KR',
    currency: 'KRW',
    startsAt: t0,
    endsAt: t1,
    channels: 'both',
    audience: 'everyone',
    minSubtotal: 0,
    categoryIds: null,
    usageLimit: null,
    perCustomerLimit: null,
    redeemedCount: 0,
    target: { kind: 'everywhere' },
    listed: true,
    ...over,
  };
}

function ctx(over: Partial<OfferContext> = {}): OfferContext {
  return {
    market: 'KR',
    now: new Date('2026-11-15T00:00:00Z'),
    channel: 'online',
    place: {},
    stores,
    priorOrders: null,
    ...over,
  };
}

const basket = (amount: number, categoryId = 'cat_tops') => ({ lines: [{ categoryId, amount }] });

/** A point `meters` due north of a place (1° of latitude ≈ 111,195 m on our sphere). */
const north = (p: { lat: number; lng: number }, meters: number) => ({ lat: p.lat + meters / 111_195.08, lng: p.lng });

describe('distance', () => {
  it('is haversine in whole metres, and reads like "800 m" or "1.2 km"', () => {
    expect(distanceMeters(seongsu, seongsu)).toBe(0);
    expect(distanceMeters(seongsu, haeundae)).toBeGreaterThan(320_000);
    expect(distanceMeters(seongsu, haeundae)).toBeLessThan(330_000);
    expect(distanceMeters(seongsu, north(seongsu, 800))).toBe(800);
    expect(formatDistance(812)).toBe('800 m');
    expect(formatDistance(1234)).toBe('1.2 km');
    expect(formatDistance(37)).toBe('40 m');
  });
});

describe('near-store targets', () => {
  const near = rule({ target: { kind: 'store', storeId: seongsu.id, radiusMeters: 1000 } });

  it('applies at exactly R metres and not one metre beyond, with the distance as its reason', () => {
    const at = north(seongsu, 1000);
    expect(distanceMeters(at, seongsu)).toBe(1000);
    expect(withinRadius(at, seongsu, 1000)).toBe(true);
    expect(offerInReach(near, ctx({ place: { point: at } }))).toEqual({
      applies: true,
      reason: { kind: 'near_store', storeId: seongsu.id, storeName: 'Aisle Seongsu', distanceMeters: 1000 },
    });
    const beyond = north(seongsu, 1001);
    expect(distanceMeters(beyond, seongsu)).toBe(1001);
    expect(offerInReach(near, ctx({ place: { point: beyond } }))).toEqual({ applies: false, why: 'out_of_area' });
  });

  it('applies at the chosen store when no position is given, and not elsewhere', () => {
    expect(offerInReach(near, ctx({ place: { storeId: seongsu.id } }))).toMatchObject({
      applies: true,
      reason: { kind: 'at_store', storeName: 'Aisle Seongsu' },
    });
    expect(offerInReach(near, ctx({ place: { storeId: haeundae.id } })).applies).toBe(false);
    expect(offerInReach(near, ctx({ place: {} })).applies).toBe(false);
    // The region alone is too coarse for a near-store offer.
    expect(offerInReach(near, ctx({ place: { region: 'KR-11' } })).applies).toBe(false);
  });

  it('trusts a position over the chosen store', () => {
    const farAway = north(haeundae, 100);
    expect(offerInReach(near, ctx({ place: { point: farAway, storeId: seongsu.id } })).applies).toBe(false);
  });
});

describe('region targets', () => {
  const busan = rule({ target: { kind: 'region', region: 'KR-26' } });
  it('follow the CDN region, else the chosen store’s, else the nearest store’s within 30 km', () => {
    expect(offerInReach(busan, ctx({ place: { region: 'KR-26' } }))).toEqual({
      applies: true,
      reason: { kind: 'region', region: 'KR-26' },
    });
    expect(offerInReach(busan, ctx({ place: { storeId: haeundae.id } })).applies).toBe(true);
    expect(offerInReach(busan, ctx({ place: { point: north(haeundae, 29_000) } })).applies).toBe(true);
    expect(regionOf({ point: north(haeundae, 31_000) }, stores)).toBeUndefined();
    expect(offerInReach(busan, ctx({ place: { storeId: seongsu.id } })).applies).toBe(false);
  });
});

describe('dates, channels, audience and limits', () => {
  it('starts at its start instant and ends at its end instant', () => {
    expect(offerInReach(rule(), ctx({ now: new Date(t0.getTime() - 1) }))).toEqual({
      applies: false,
      why: 'not_started',
    });
    expect(offerInReach(rule(), ctx({ now: t0 })).applies).toBe(true);
    expect(offerInReach(rule(), ctx({ now: new Date(t1.getTime() - 1) })).applies).toBe(true);
    expect(offerInReach(rule(), ctx({ now: t1 }))).toEqual({ applies: false, why: 'ended' });
    expect(offerInReach(rule({ endsAt: null }), ctx({ now: new Date('2099-01-01') })).applies).toBe(true);
  });

  it('keeps to its channels', () => {
    expect(offerInReach(rule({ channels: 'store' }), ctx({ channel: 'online' }))).toEqual({
      applies: false,
      why: 'wrong_channel',
    });
    expect(offerInReach(rule({ channels: 'store' }), ctx({ channel: 'store' })).applies).toBe(true);
    expect(offerInReach(rule({ channels: 'online' }), ctx({ channel: 'store' })).applies).toBe(false);
  });

  it('knows first orders from returning customers (a guest counts as new until checkout)', () => {
    const first = rule({ audience: 'first_order' });
    const returning = rule({ audience: 'returning' });
    expect(offerInReach(first, ctx({ priorOrders: 0 })).applies).toBe(true);
    expect(offerInReach(first, ctx({ priorOrders: null })).applies).toBe(true);
    expect(offerInReach(first, ctx({ priorOrders: 1 }))).toEqual({ applies: false, why: 'audience' });
    expect(offerInReach(returning, ctx({ priorOrders: 1 })).applies).toBe(true);
    expect(offerInReach(returning, ctx({ priorOrders: 0 })).applies).toBe(false);
    expect(offerInReach(returning, ctx({ priorOrders: null })).applies).toBe(false);
  });

  it('at the till, gives a first-order offer only to a customer known to be new', () => {
    const first = rule({ audience: 'first_order', channels: 'both' });
    expect(offerInReach(first, ctx({ channel: 'store', priorOrders: null }))).toEqual({
      applies: false,
      why: 'audience',
    });
    expect(offerInReach(first, ctx({ channel: 'store', priorOrders: 0 })).applies).toBe(true);
    expect(offerInReach(first, ctx({ channel: 'store', priorOrders: 2 })).applies).toBe(false);
  });

  it('stops at its total limit and at each customer’s', () => {
    expect(offerInReach(rule({ usageLimit: 3, redeemedCount: 2 }), ctx()).applies).toBe(true);
    expect(offerInReach(rule({ usageLimit: 3, redeemedCount: 3 }), ctx())).toEqual({ applies: false, why: 'used_up' });
    const once = rule({ perCustomerLimit: 1 });
    expect(offerInReach(once, ctx({ usesByOffer: new Map([['off_a', 0]]) })).applies).toBe(true);
    expect(offerInReach(once, ctx({ usesByOffer: new Map([['off_a', 1]]) }))).toEqual({
      applies: false,
      why: 'customer_limit',
    });
  });
});

describe('minimum subtotal, categories and the amount', () => {
  it('needs the minimum exactly, counting only its categories', () => {
    const min = rule({ minSubtotal: 50_000, discount: { type: 'fixed', amount: 5_000 } });
    expect(evaluateOffer(min, ctx(), basket(49_999))).toEqual({ applies: false, why: 'below_minimum' });
    expect(evaluateOffer(min, ctx(), basket(50_000))).toMatchObject({ applies: true, discount: 5_000 });
    const outerwear = rule({ categoryIds: ['cat_outer'], minSubtotal: 50_000 });
    const mixed = {
      lines: [
        { categoryId: 'cat_outer', amount: 40_000 },
        { categoryId: 'cat_tops', amount: 90_000 },
      ],
    };
    expect(evaluateOffer(outerwear, ctx(), mixed)).toEqual({ applies: false, why: 'below_minimum' });
    expect(evaluateOffer(outerwear, ctx(), basket(90_000))).toEqual({ applies: false, why: 'no_eligible_items' });
    const enough = { lines: [...mixed.lines, { categoryId: 'cat_outer', amount: 20_000 }] };
    expect(evaluateOffer(outerwear, ctx(), enough)).toMatchObject({ applies: true, discount: 6_000 });
  });

  it('rounds percent discounts down to whole won and never takes more than it applies to', () => {
    expect(evaluateOffer(rule({ discount: { type: 'percent', percent: 15 } }), ctx(), basket(33_333))).toMatchObject({
      discount: 4_999,
    });
    expect(evaluateOffer(rule({ discount: { type: 'fixed', amount: 80_000 } }), ctx(), basket(30_000))).toMatchObject({
      discount: 30_000,
    });
  });
});

describe('stacking: the best automatic offer plus one code', () => {
  const small = rule({ id: 'off_small', discount: { type: 'percent', percent: 5 } });
  const big = rule({ id: 'off_big', discount: { type: 'fixed', amount: 20_000 } });
  const code = rule({ id: 'off_code', code: 'SAVE10', discount: { type: 'percent', percent: 10 } });
  const code2 = rule({ id: 'off_code2', code: 'EXTRA', discount: { type: 'percent', percent: 50 } });

  it('takes only the largest automatic offer, and adds the entered code', () => {
    const none = chooseOffers([small, big, code, code2], ctx(), basket(100_000), null);
    expect(none.applied.map((a) => [a.rule.id, a.amount])).toEqual([['off_big', 20_000]]);
    const withCode = chooseOffers([small, big, code, code2], ctx(), basket(100_000), 'save10');
    expect(withCode.applied.map((a) => [a.rule.id, a.amount])).toEqual([
      ['off_big', 20_000],
      ['off_code', 10_000],
    ]);
    expect(withCode.codeProblem).toBeNull();
  });

  it('never discounts below zero, and says why a code does not apply', () => {
    const huge = rule({ id: 'off_huge', discount: { type: 'fixed', amount: 90_000 } });
    const both = chooseOffers([huge, code2], ctx(), basket(100_000), 'EXTRA');
    expect(both.applied.map((a) => a.amount)).toEqual([90_000, 10_000]);
    expect(chooseOffers([code], ctx({ now: t1 }), basket(100_000), 'SAVE10')).toEqual({
      applied: [],
      codeProblem: 'ended',
    });
    expect(chooseOffers([code], ctx(), basket(100_000), 'NOPE').codeProblem).toBe('unknown_code');
  });
});

describe('where the shopper is', () => {
  const env = { AISLE_GEO_REGION_HEADER: 'cf-region-code', AISLE_GEO_COUNTRY_HEADER: 'cf-ipcountry' };
  it('prefers an allowed position, then the chosen store, then the CDN region', () => {
    const headers = new Headers({
      'x-aisle-location': '37.5445,127.0557',
      'cf-region-code': '26',
      'cf-ipcountry': 'KR',
    });
    expect(shopperPlaceOf({ headers, storeId: 'str_x' }, env)).toEqual({ point: { lat: 37.5445, lng: 127.0557 } });
    headers.delete('x-aisle-location');
    expect(shopperPlaceOf({ headers, storeId: 'str_x' }, env)).toEqual({ storeId: 'str_x' });
    expect(shopperPlaceOf({ headers }, env)).toEqual({ region: 'KR-26' });
    expect(
      shopperPlaceOf({ headers }, { AISLE_GEO_REGION_HEADER: undefined, AISLE_GEO_COUNTRY_HEADER: undefined }),
    ).toEqual({});
  });

  it('ignores malformed positions and regions', () => {
    expect(parsePoint('91,10')).toBeUndefined();
    expect(parsePoint('abc')).toBeUndefined();
    expect(parsePoint(' 35.1 , 129.2 ')).toEqual({ lat: 35.1, lng: 129.2 });
    expect(regionFromHeaders(new Headers({ 'cf-region-code': 'KR-49' }), env)).toBe('KR-49');
    expect(regionFromHeaders(new Headers({ 'cf-region-code': '<script>' }), env)).toBeUndefined();
  });
});

describe('markets: an offer applies only in its own market', () => {
  const jpPercent = rule({ id: 'off_jp', market: 'JP', currency: 'JPY' });
  const jpFixed = rule({ id: 'off_jp_fixed', market: 'JP', currency: 'JPY', discount: { type: 'fixed', amount: 500 } });
  const krCode = rule({ id: 'off_kr_code', code: 'KR10' });

  it('a JP offer is other_market in a KR bag, before any other rule', () => {
    expect(offerInReach(jpPercent, ctx())).toEqual({ applies: false, why: 'other_market' });
    // Even one that has ended says other_market: which market is the first thing the engine asks.
    expect(offerInReach({ ...jpPercent, endsAt: t0 }, ctx())).toEqual({ applies: false, why: 'other_market' });
    expect(evaluateOffer(jpFixed, ctx({ market: 'JP' }), basket(5000))).toMatchObject({ applies: true, discount: 500 });
  });

  it('chooses only the market’s automatic offers, and says so of another market’s code', () => {
    const rules = [jpPercent, jpFixed, rule({ id: 'off_kr', discount: { type: 'percent', percent: 5 } }), krCode];
    const inKr = chooseOffers(rules, ctx(), basket(10_000), 'HELLO');
    expect(inKr.applied.map((a) => a.rule.id)).toEqual(['off_kr']);
    const jpCodeRule = rule({ id: 'off_jp_code', market: 'JP', currency: 'JPY', code: 'HELLOJP' });
    const kr = chooseOffers([...rules, jpCodeRule], ctx(), basket(10_000), 'hellojp');
    expect(kr.codeProblem).toBe('other_market');
    expect(kr.applied.map((a) => a.rule.id)).toEqual(['off_kr']);
    const jp = chooseOffers([...rules, jpCodeRule], ctx({ market: 'JP' }), basket(10_000), 'HELLOJP');
    expect(jp.codeProblem).toBeNull();
    // ¥1,000 (10% of 10,000) beats ¥500; the code adds its 10% on top.
    expect(jp.applied.map((a) => [a.rule.id, a.amount])).toEqual([
      ['off_jp', 1000],
      ['off_jp_code', 1000],
    ]);
    const krInJp = chooseOffers(rules, ctx({ market: 'JP' }), basket(10_000), 'KR10');
    expect(krInJp.codeProblem).toBe('other_market');
  });
});
