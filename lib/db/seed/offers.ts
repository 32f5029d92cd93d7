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
