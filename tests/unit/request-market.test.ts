import { describe, expect, it } from 'vitest';
import { headerSignals } from '@/lib/markets/request-market';
import { marketCookie, marketOfLanguages, resolveMarket } from '@/lib/markets/resolve-market';

const env = { AISLE_GEO_COUNTRY_HEADER: 'x-aisle-country' };
const signalsOf = (headers: Record<string, string>) => headerSignals(new Headers(headers), env);

describe('the market of a request', () => {
  it('ranks ?market= > the bag > the account > the cookie > the country header > the languages > KR', () => {
    const all = {
      query: 'US',
      cart: 'SG',
      account: 'JP',
      cookie: 'KR',
      country: 'JP',
      acceptLanguage: 'en-SG',
    };
    expect(resolveMarket(all)).toBe('US');
    expect(resolveMarket({ ...all, query: undefined })).toBe('SG');
    expect(resolveMarket({ ...all, query: undefined, cart: null })).toBe('JP');
    expect(resolveMarket({ ...all, query: undefined, cart: null, account: null })).toBe('KR');
    expect(resolveMarket({ country: 'SG', acceptLanguage: 'ja-JP' })).toBe('SG');
    expect(resolveMarket({ acceptLanguage: 'ja-JP' })).toBe('JP');
    expect(resolveMarket({})).toBe('KR');
  });

  it('skips a signal that names no market of ours', () => {
    expect(resolveMarket({ query: 'FR', cart: 'jp' })).toBe('JP');
    expect(resolveMarket({ cookie: 'XX', country: 'DE', acceptLanguage: 'ko' })).toBe('KR');
    expect(resolveMarket({ cookie: '', country: 'us' })).toBe('US');
  });

  it('reads the cookie, the configured country header and Accept-Language from the headers', () => {
    expect(resolveMarket(signalsOf({ cookie: 'aisle-market=SG; aisle-locale=ja', 'x-aisle-country': 'JP' }))).toBe(
      'SG',
    );
    expect(resolveMarket(signalsOf({ 'x-aisle-country': 'jp', 'accept-language': 'en-US' }))).toBe('JP');
    expect(resolveMarket(signalsOf({ 'accept-language': 'en-US,en;q=0.9' }))).toBe('US');
    // No country header configured: the CDN's header is not trusted, the languages decide.
    const unconfigured = headerSignals(new Headers({ 'x-aisle-country': 'JP', 'accept-language': 'ko-KR' }), {});
    expect(resolveMarket(unconfigured)).toBe('KR');
  });

  it('keeps the cookie a year, readable by the page, Secure over HTTPS', () => {
    expect(marketCookie('JP', false)).toBe('aisle-market=JP; Path=/; Max-Age=31536000; SameSite=Lax');
    expect(marketCookie('SG', true)).toMatch(/; Secure$/);
    expect(marketCookie('SG', true)).not.toMatch(/HttpOnly/);
  });
});

describe("the market of the browser's languages", () => {
  it('takes a region we serve first, then a language that is one market’s own', () => {
    expect(marketOfLanguages('ja-JP')).toBe('JP');
    expect(marketOfLanguages('ja')).toBe('JP');
    expect(marketOfLanguages('ko')).toBe('KR');
    expect(marketOfLanguages('en-SG')).toBe('SG');
    expect(marketOfLanguages('en-US')).toBe('US');
    expect(marketOfLanguages('zh-Hans-SG')).toBe('SG');
    expect(marketOfLanguages('ja-US')).toBe('US');
  });

  it('lets a bare or foreign English fall through to the next tag, and names nothing alone', () => {
    expect(marketOfLanguages('en')).toBeUndefined();
    expect(marketOfLanguages('en-GB,fr;q=0.8')).toBeUndefined();
    expect(marketOfLanguages('en-GB,ja;q=0.5')).toBe('JP');
    expect(marketOfLanguages('')).toBeUndefined();
    expect(marketOfLanguages(null)).toBeUndefined();
  });

  it('follows q weights, not the order written, and ignores q=0', () => {
    expect(marketOfLanguages('ko;q=0.4, ja-JP;q=0.9')).toBe('JP');
    expect(marketOfLanguages('ja;q=0, en-SG')).toBe('SG');
    expect(marketOfLanguages('ko, ja')).toBe('KR');
  });
});
