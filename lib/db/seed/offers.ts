import { stableId } from '@/lib/ids';
import type * as t from '../schema';

const from = new Date(Date.UTC(2026, 0, 1));
const until = new Date(Date.UTC(2027, 11, 31, 15)); // the end of 2027 in Seoul
const store = (slug: string) => stableId('str', slug);
const category = (slug: string) => stableId('cat', slug);

type OfferSeed = Omit<typeof t.offers.$inferInsert, 'id' | 'currency' | 'startsAt' | 'endsAt'> & { slug: string };

/**
 * The demo retailer's offers: two near-store offers, a region offer, a first-order code and
 * a code with few uses left, so every rule of the engine shows somewhere.
 */
const seeds: OfferSeed[] = [
  {
    slug: 'seongsu-neighbours',
    title: 'Seongsu neighbours: 10% off',
    description: 'Live or work near our Seongsu store? Take 10% off everything, online or in the store.',
    translations: {
      ko: {
        title: '성수 이웃 10% 할인',
        description: '성수점 근처에 살거나 일하시나요? 온라인에서도 매장에서도 전 상품 10% 할인해 드려요.',
      },
      ja: {
        title: '聖水エリアの方限定 10%オフ',
        description: '聖水店の近くにお住まい・お勤めの方は、オンラインでも店舗でも全品10%オフ。',
      },
    },
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
    translations: {
      ko: {
        title: '해운대 근처라면 15,000원 할인',
        description: 'Aisle 해운대점 근처에서 10만 원 이상 주문하시면 15,000원을 할인해 드려요.',
      },
      ja: {
        title: '海雲台エリアで₩15,000オフ',
        description: 'Aisle 海雲台店の周辺で、₩100,000以上のご注文から₩15,000を割引します。',
      },
    },
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
    translations: {
      ko: {
        title: '부산 한정 아우터 15% 할인',
        description: '부산에서 쇼핑하시는 분께 코트, 재킷, 패딩을 15% 할인해 드려요.',
      },
      ja: {
        title: '釜山限定 アウター15%オフ',
        description: '釜山でお買い物の方は、コート・ジャケット・ダウンが15%オフになります。',
      },
    },
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
    translations: {
      ko: {
        title: '첫 주문 10% 할인',
        description: 'Aisle이 처음이신가요? 첫 주문에 WELCOME10 코드를 입력하면 온라인과 매장 어디서나 10% 할인됩니다.',
      },
      ja: {
        title: '初回注文10%オフ',
        description:
          'はじめての方へ。初回のご注文でコード WELCOME10 を入力すると、オンラインでも店舗でも10%オフになります。',
      },
    },
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
    translations: {
      ko: {
        title: '선착순 20,000원 할인',
        description:
          'AISLE20K 코드를 입력하면 8만 원 이상 주문 시 20,000원을 할인해 드려요. 준비된 수량이 소진되면 종료됩니다.',
      },
      ja: {
        title: '先着順 ₩20,000オフ',
        description: 'コード AISLE20K で、₩80,000以上のご注文から₩20,000を割引。先着順で、なくなり次第終了です。',
      },
    },
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

export function buildOfferRows(): (typeof t.offers.$inferInsert)[] {
  return seeds.map(({ slug, ...o }) => ({
    ...o,
    id: stableId('off', slug),
    currency: 'KRW',
    startsAt: from,
    endsAt: until,
    createdAt: from,
  }));
}
