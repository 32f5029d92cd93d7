import { BASE_MARKET, isMarketCode, marketOfCountry, type MarketCode } from './markets';

/** The cookie that keeps the market a shopper was given on the first visit or chose, before a bag holds it. */
export const MARKET_COOKIE = 'aisle-market';

/** Languages that name a market on their own, when the browser's tag carries no region we serve. */
const LANGUAGE_MARKETS: Record<string, MarketCode> = { ja: 'JP', ko: 'KR' };

/**
 * The market a browser's languages point to: the first tag (by q) with a region we serve
 * (`en-SG` → SG, `en-US` → US, `ja-JP` → JP), else a language that is one market's own (ja → JP,
 * ko → KR). A bare `en` (or `en-GB`, `fr`) names no market: English is spoken in three of ours
 * and most shoppers' browsers say `en-US` when they mean the US, so the next tag decides, and
 * with none the base market does (KR: the retailer's own prices, nothing converted).
 */
export function marketOfLanguages(acceptLanguage: string | null | undefined): MarketCode | undefined {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.trim().slice(2)) : 1, index };
    })
    .filter((x) => x.tag && !Number.isNaN(x.q) && x.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const [language = '', ...subtags] = tag.toLowerCase().split('-');
    // The region subtag is the two-letter one (`zh-Hant-SG` has a script before it).
    const region = subtags.find((s) => /^[a-z]{2}$/.test(s));
    const byRegion = marketOfCountry(region)?.code;
    if (byRegion) return byRegion;
    const byLanguage = LANGUAGE_MARKETS[language];
    if (byLanguage) return byLanguage;
  }
  return undefined;
}

/** What a request says about its market, strongest first (see resolveMarket). */
export type MarketSignals = {
  /** `?market=` on an API call: the caller says so outright. */
  query?: string | null;
  /** The market of the caller's bag. */
  cart?: string | null;
  /** The signed-in shopper's market (users.market), for an account whose bag is not made yet. */
  account?: string | null;
  /** The `aisle-market` cookie: the first visit's guess or the shopper's choice. */
  cookie?: string | null;
  /** The CDN's country for the client (AISLE_GEO_COUNTRY_HEADER). */
  country?: string | null;
  acceptLanguage?: string | null;
};

/**
 * The market of a request: an explicit `?market=` > the bag's market > the account's > the
 * cookie > the CDN's country > the browser's languages > KR. What the shopper chose (bag,
 * account, cookie) outranks any guess from where they are or what they read; a value that is
 * not one of our markets is no signal at all.
 */
export function resolveMarket(signals: MarketSignals): MarketCode {
  for (const value of [signals.query, signals.cart, signals.account, signals.cookie]) {
    const code = value?.trim().toUpperCase();
    if (isMarketCode(code)) return code;
  }
  return marketOfCountry(signals.country)?.code ?? marketOfLanguages(signals.acceptLanguage) ?? BASE_MARKET;
}

/** One year: the shopper's market outlives the guest bag (60 days). */
const MARKET_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

/**
 * The cookie that keeps the market before a bag does. Not HttpOnly: it holds nothing secret
 * (any client may name any market) and only ranks below the bag's own market.
 */
export function marketCookie(market: MarketCode, secure: boolean): string {
  return `${MARKET_COOKIE}=${market}; Path=/; Max-Age=${MARKET_COOKIE_MAX_AGE}; SameSite=Lax${secure ? '; Secure' : ''}`;
}
