import { stableId } from '@/lib/ids';
import { MARKETS, type MarketCode } from '@/lib/markets/markets';
import type * as t from '../schema';
import { stores as seedStores } from './data/stores';

const from = new Date(Date.UTC(2026, 0, 1));
const until = new Date(Date.UTC(2027, 11, 31, 15)); // the end of 2027 in Seoul
const store = (slug: string) => stableId('str', slug);
const category = (slug: string) => stableId('cat', slug);

/** The title and terms in the other locales, as a copywriter there writes them (offers.translations once it exists). */
type OfferText = Partial<Record<'ko' | 'ja', { title: string; description: string }>>;

type OfferSeed = Omit<typeof t.offers.$inferInsert, 'id' | 'market' | 'currency' | 'startsAt' | 'endsAt'> & {
  slug: string;
  /** Absent: Korea, where the shop began. */
  market?: MarketCode;
  text?: OfferText;
};

/**
 * The demo retailer's offers: two near-store offers, a region offer, a first-order code and
 * a code with few uses left, so every rule of the engine shows somewhere.
 */
const seeds: OfferSeed[] = [
  {
    slug: 'seongsu-neighbours',
    title: 'Seongsu neighbours: 10% off',
    description: 'Live or work near our Seongsu store? Take 10% off everything, online or in the store.',
    code: null,
    discountType: 'percent',
    discountValue: 10,
    channels: 'both',
    audience: 'everyone',
    targetKind: 'store',
    targetStoreId: store('seongsu'),
    targetRadiusMeters: 1500,
  },
  {
    slug: 'haeundae-beach',
    title: '₩15,000 off near Haeundae',
    description: 'Near Aisle Haeundae: ₩15,000 off orders of ₩100,000 or more.',
    code: null,
    discountType: 'fixed',
    discountValue: 15_000,
    minSubtotal: 100_000,
    channels: 'both',
    audience: 'everyone',
    targetKind: 'store',
    targetStoreId: store('haeundae'),
    targetRadiusMeters: 2000,
  },
  {
    slug: 'busan-outerwear',
    title: 'Busan: 15% off outerwear',
    description: 'For shoppers in Busan: 15% off coats, jackets and puffers.',
    code: null,
    discountType: 'percent',
    discountValue: 15,
    categoryIds: [category('outerwear')],
    channels: 'both',
    audience: 'everyone',
    targetKind: 'region',
    targetRegion: 'KR-26',
  },
  {
    slug: 'welcome',
    title: 'Welcome: 10% off your first order',
    description: 'New to Aisle? Use WELCOME10 for 10% off your first order, online or in store.',
    code: 'WELCOME10',
    discountType: 'percent',
    discountValue: 10,
    channels: 'both',
    audience: 'first_order',
    perCustomerLimit: 1,
    targetKind: 'everywhere',
  },
  {
    slug: 'first-fifty',
    title: '₩20,000 off, for the first few',
    description: 'Code AISLE20K takes ₩20,000 off orders of ₩80,000 or more, while uses last.',
    code: 'AISLE20K',
    discountType: 'fixed',
    discountValue: 20_000,
    minSubtotal: 80_000,
    usageLimit: 5,
    channels: 'both',
    audience: 'everyone',
    targetKind: 'everywhere',
  },
];

/**
 * Offers in Japan and Singapore: amounts in yen and Singapore cents, near the Tokyo and Singapore
 * stores and across Tokyo, and codes that hold only in their own market.
 */
const abroad: OfferSeed[] = [
  {
    slug: 'shibuya-neighbours',
    market: 'JP',
    title: 'Shibuya neighbours: 10% off',
    description: 'Near Aisle Shibuya? Take 10% off everything, online or in the store.',
    text: {
      ja: {
        title: '渋谷エリア限定 10%オフ',
        description: 'Aisle 渋谷店の近くにお住まい・お勤めの方は、オンラインでも店頭でも全品10%オフ。',
      },
      ko: {
        title: '시부야 주변 고객 10% 할인',
        description: 'Aisle 시부야 매장 근처라면 온라인과 매장에서 전 상품 10% 할인을 받으세요.',
      },
    },
    code: null,
    discountType: 'percent',
    discountValue: 10,
    channels: 'both',
    audience: 'everyone',
    targetKind: 'store',
    targetStoreId: store('shibuya'),
    targetRadiusMeters: 1500,
  },
  {
    slug: 'tokyo-1000',
    market: 'JP',
    title: '¥1,000 off in Tokyo',
    description: 'For shoppers in Tokyo: ¥1,000 off orders of ¥10,000 or more.',
    text: {
      ja: {
        title: '東京都内のお客様 1,000円オフ',
        description: '東京都内のお客様は、10,000円以上のご注文で1,000円オフ。',
      },
      ko: {
        title: '도쿄 고객 1,000엔 할인',
        description: '도쿄에서 1만 엔 이상 주문하시면 1,000엔을 할인해 드립니다.',
      },
    },
    code: null,
    discountType: 'fixed',
    discountValue: 1000,
    minSubtotal: 10_000,
    channels: 'both',
    audience: 'everyone',
    targetKind: 'region',
    targetRegion: 'JP-13',
  },
  {
    slug: 'hello-japan',
    market: 'JP',
    title: '¥500 off with HELLOJP',
    description: 'Code HELLOJP takes ¥500 off orders of ¥5,000 or more, online or in our Japanese stores.',
    text: {
      ja: {
        title: 'コード HELLOJP で500円オフ',
        description: 'コード HELLOJP のご入力で、5,000円以上のご注文から500円オフ。オンラインでも国内店舗でも使えます。',
      },
      ko: {
        title: 'HELLOJP 코드로 500엔 할인',
        description: 'HELLOJP 코드를 입력하면 5,000엔 이상 주문 시 500엔 할인됩니다. 온라인과 일본 매장에서 사용할 수 있습니다.',
      },
    },
    code: 'HELLOJP',
    discountType: 'fixed',
    discountValue: 500,
    minSubtotal: 5000,
    channels: 'both',
    audience: 'everyone',
    targetKind: 'everywhere',
  },
  {
    slug: 'singapore-launch',
    market: 'SG',
    title: 'Singapore launch: 12% off',
    description: 'Aisle has come to Singapore: 12% off everything, online or at Aisle Orchard.',
    text: {
      ja: {
        title: 'シンガポール上陸記念 12%オフ',
        description: 'Aisle がシンガポールに登場。オンラインでも Aisle オーチャード店でも全品12%オフ。',
      },
      ko: {
        title: '싱가포르 오픈 기념 12% 할인',
        description: 'Aisle이 싱가포르에 왔습니다. 온라인과 Aisle 오차드 매장에서 전 상품 12% 할인.',
      },
    },
    code: null,
    discountType: 'percent',
    discountValue: 12,
    channels: 'both',
    audience: 'everyone',
    targetKind: 'everywhere',
  },
  {
    slug: 'orchard-ten',
    market: 'SG',
    title: 'S$10 off with SG10',
    description: 'Code SG10 takes S$10 off orders of S$120 or more.',
    text: {
      ja: {
        title: 'コード SG10 で10シンガポールドルオフ',
        description: 'コード SG10 のご入力で、120シンガポールドル以上のご注文から10シンガポールドルオフ。',
      },
      ko: {
        title: 'SG10 코드로 10싱가포르달러 할인',
        description: 'SG10 코드를 입력하면 120싱가포르달러 이상 주문 시 10싱가포르달러 할인됩니다.',
      },
    },
    code: 'SG10',
    discountType: 'fixed',
    // Singapore cents: S$10.00 off from S$120.00.
    discountValue: 1000,
    minSubtotal: 12_000,
    channels: 'both',
    audience: 'everyone',
    targetKind: 'everywhere',
  },
];

/** The seeded stores, by id: a near-store offer is seeded only with its store (the Japanese ones arrive with the content seed). */
const seededStoreIds = new Set(seedStores.map((s) => store(s.slug)));

export function buildOfferRows(): (typeof t.offers.$inferInsert)[] {
  return [...seeds, ...abroad]
    .filter((o) => !o.targetStoreId || seededStoreIds.has(o.targetStoreId))
    // `text` waits for offers.translations (the content seed's column): until then offers read in English.
    .map(({ slug, market = 'KR', text: _text, ...o }) => ({
      ...o,
      id: stableId('off', slug),
      market,
      currency: MARKETS[market].currency,
      startsAt: from,
      endsAt: until,
      createdAt: from,
    }));
}
