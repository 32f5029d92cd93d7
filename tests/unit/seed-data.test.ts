import { describe, expect, it } from 'vitest';
import { ART_KINDS, type ArtKind } from '@/lib/catalog/art/kinds';
import { categories } from '@/lib/db/seed/data/categories';
import { products } from '@/lib/db/seed/data/products';
import { stores } from '@/lib/db/seed/data/stores';
import { buildSeedRows } from '@/lib/db/seed/seed';
import { buildStoreOrderRows, DEMO_STORE_PHONES } from '@/lib/db/seed/store-orders';

const CATEGORY_SLUGS = ['outerwear', 'tops', 'knitwear', 'bottoms', 'dresses', 'shoes', 'bags', 'accessories'];

/** Which silhouettes make sense for each category. */
const KINDS_BY_CATEGORY: Record<string, readonly ArtKind[]> = {
  outerwear: ['puffer', 'coat', 'jacket'],
  tops: ['tshirt', 'shirt'],
  knitwear: ['sweater', 'hoodie'],
  bottoms: ['jeans', 'trousers', 'shorts'],
  dresses: ['dress', 'skirt'],
  shoes: ['sneaker', 'boot'],
  bags: ['tote', 'backpack'],
  accessories: ['cap', 'beanie', 'scarf', 'socks'],
};

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HEX = /^[0-9a-f]{6}$/;
const E164 = /^\+[1-9]\d{7,14}$/;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

const APPAREL_SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];
const WAIST_SIZES = ['28', '30', '32', '34', '36'];
const SOCK_SIZES = ['S/M', 'L/XL'];

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

describe('seed categories', () => {
  it('has exactly the eight storefront categories', () => {
    expect(categories.map((c) => c.slug)).toEqual(CATEGORY_SLUGS);
  });

  it('has a name, a description and a valid tile kind for each', () => {
    for (const c of categories) {
      expect(c.name.trim()).not.toBe('');
      expect(c.description.length).toBeGreaterThan(40);
      expect(ART_KINDS).toContain(c.kind);
      expect(KINDS_BY_CATEGORY[c.slug]).toContain(c.kind);
    }
    expect(duplicates(categories.map((c) => c.name))).toEqual([]);
  });
});

describe('seed products', () => {
  it('has at least 128 products and at least 14 in every category', () => {
    expect(products.length).toBeGreaterThanOrEqual(128);
    for (const slug of CATEGORY_SLUGS) {
      expect(products.filter((p) => p.category === slug).length, slug).toBeGreaterThanOrEqual(14);
    }
  });

  it('has unique kebab-case handles and unique titles', () => {
    for (const p of products) expect(p.handle, p.handle).toMatch(KEBAB);
    expect(duplicates(products.map((p) => p.handle))).toEqual([]);
    expect(duplicates(products.map((p) => p.title))).toEqual([]);
  });

  it('puts every product in an existing category with a matching silhouette', () => {
    const slugs = new Set(categories.map((c) => c.slug));
    for (const p of products) {
      expect(slugs.has(p.category), `${p.handle} category ${p.category}`).toBe(true);
      expect(ART_KINDS, p.handle).toContain(p.kind);
      expect(KINDS_BY_CATEGORY[p.category], `${p.handle} kind ${p.kind}`).toContain(p.kind);
    }
  });

  it('has real copy: a multi-sentence description and lowercase tags', () => {
    for (const p of products) {
      expect(p.title.trim(), p.handle).toBe(p.title);
      expect(p.description.length, p.handle).toBeGreaterThan(80);
      expect(p.description, p.handle).not.toMatch(/lorem|ipsum/i);
      expect(p.description.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length, p.handle).toBeGreaterThanOrEqual(2);
      expect(p.tags.length, p.handle).toBeGreaterThan(0);
      for (const tag of p.tags) expect(tag, p.handle).toMatch(KEBAB);
      expect(duplicates(p.tags), p.handle).toEqual([]);
    }
  });

  it('prices in whole, positive, shop-rounded won', () => {
    for (const p of products) {
      expect(Number.isInteger(p.price), p.handle).toBe(true);
      expect(p.price, p.handle).toBeGreaterThan(0);
      expect(p.price % 100, p.handle).toBe(0);
    }
    for (const slug of CATEGORY_SLUGS) {
      const prices = new Set(products.filter((p) => p.category === slug).map((p) => p.price));
      expect(prices.size, slug).toBeGreaterThanOrEqual(5);
    }
  });

  it('has 1–4 distinct colours per product with valid hex', () => {
    for (const p of products) {
      expect(p.colors.length, p.handle).toBeGreaterThanOrEqual(1);
      expect(p.colors.length, p.handle).toBeLessThanOrEqual(4);
      for (const c of p.colors) {
        expect(c.name.trim(), p.handle).not.toBe('');
        expect(c.hex, `${p.handle} ${c.name}`).toMatch(HEX);
      }
      // Image ids are keyed by hex and SKUs by colour name, so both must be unique per product.
      expect(duplicates(p.colors.map((c) => c.hex)), p.handle).toEqual([]);
      expect(duplicates(p.colors.map((c) => c.name)), p.handle).toEqual([]);
    }
  });

  it('uses sizes that fit the category', () => {
    for (const p of products) {
      if (p.sizes === null) {
        expect(['bags', 'accessories'], p.handle).toContain(p.category);
        continue;
      }
      expect(p.sizes.length, p.handle).toBeGreaterThan(0);
      expect(duplicates(p.sizes), p.handle).toEqual([]);
      if (p.category === 'shoes') {
        for (const s of p.sizes) {
          const mm = Number(s);
          expect(Number.isInteger(mm) && mm >= 220 && mm <= 290 && mm % 5 === 0, `${p.handle} ${s}`).toBe(true);
        }
      } else if (p.category === 'accessories') {
        for (const s of p.sizes) expect(SOCK_SIZES, p.handle).toContain(s);
      } else {
        expect(p.category, p.handle).not.toBe('bags');
        const allowed = [...APPAREL_SIZES, ...WAIST_SIZES];
        for (const s of p.sizes) expect(allowed, p.handle).toContain(s);
      }
    }
  });

  it('builds globally unique SKUs', () => {
    const skus = products.flatMap((p) =>
      p.colors.flatMap((c) =>
        (p.sizes ?? [null]).map((size) =>
          [p.handle, c.name, size]
            .filter(Boolean)
            .join('-')
            .toUpperCase()
            .replace(/[^A-Z0-9]+/g, '-'),
        ),
      ),
    );
    expect(duplicates(skus)).toEqual([]);
  });

  it('spreads featured products and availability across the catalogue', () => {
    const count = (pred: (p: (typeof products)[number]) => boolean) => products.filter(pred).length;
    expect(count((p) => p.featured === true)).toBeGreaterThanOrEqual(8);
    expect(count((p) => p.featured === true)).toBeLessThanOrEqual(16);
    expect(count((p) => p.availability === 'online-only')).toBeGreaterThanOrEqual(8);
    expect(count((p) => p.availability === 'store-only')).toBeGreaterThanOrEqual(8);
    expect(count((p) => p.availability === 'limited')).toBeGreaterThanOrEqual(10);
    expect(count((p) => (p.availability ?? 'everywhere') === 'everywhere')).toBeGreaterThan(products.length / 2);
    for (const slug of CATEGORY_SLUGS) {
      expect(
        count((p) => p.category === slug && p.featured === true),
        slug,
      ).toBeGreaterThanOrEqual(1);
      expect(
        count((p) => p.category === slug && p.availability === 'limited'),
        slug,
      ).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('seed stores', () => {
  it('has at least ten stores with unique slugs and names', () => {
    expect(stores.length).toBeGreaterThanOrEqual(10);
    for (const s of stores) {
      expect(s.slug).toMatch(KEBAB);
      expect(s.name).toMatch(/^Aisle /);
    }
    expect(duplicates(stores.map((s) => s.slug))).toEqual([]);
    expect(duplicates(stores.map((s) => s.name))).toEqual([]);
  });

  /** Each country's bounds, postal code, time zone and cities (with their region and phone area code). */
  const COUNTRIES: Record<
    string,
    { lat: [number, number]; lng: [number, number]; postal: RegExp; timezone: string; calling: string }
  > = {
    KR: { lat: [33, 39], lng: [124, 132], postal: /^\d{5}$/, timezone: 'Asia/Seoul', calling: '+82' },
    JP: { lat: [24, 46], lng: [123, 146], postal: /^\d{3}-\d{4}$/, timezone: 'Asia/Tokyo', calling: '+81' },
    SG: { lat: [1.15, 1.48], lng: [103.6, 104.1], postal: /^\d{6}$/, timezone: 'Asia/Singapore', calling: '+65' },
  };

  it('places every store inside its country, with at least two in Tokyo, one in Osaka and one in Singapore', () => {
    for (const s of stores) {
      const c = COUNTRIES[s.country]!;
      expect(s.lat, s.slug).toBeGreaterThan(c.lat[0]);
      expect(s.lat, s.slug).toBeLessThan(c.lat[1]);
      expect(s.lng, s.slug).toBeGreaterThan(c.lng[0]);
      expect(s.lng, s.slug).toBeLessThan(c.lng[1]);
    }
    const inCity = (city: string) => stores.filter((s) => s.city === city).length;
    expect(inCity('Tokyo')).toBeGreaterThanOrEqual(2);
    expect(inCity('Osaka')).toBeGreaterThanOrEqual(1);
    expect(inCity('Singapore')).toBeGreaterThanOrEqual(1);
  });

  it('has well-formed addresses, phones and regions', () => {
    for (const s of stores) {
      const c = COUNTRIES[s.country]!;
      expect(s.street.trim(), s.slug).not.toBe('');
      expect(s.city.trim(), s.slug).not.toBe('');
      expect(s.postalCode, s.slug).toMatch(c.postal);
      expect(s.region, s.slug).toMatch(new RegExp(`^${s.country}-\\d{2}$`));
      expect(s.phone, s.slug).toMatch(E164);
      expect(s.phone.startsWith(c.calling), s.slug).toBe(true);
      expect(s.timezone, s.slug).toBe(c.timezone);
      expect(['cold', 'mild', 'warm']).toContain(s.climate);
    }
  });

  it('names and addresses every store in Korean and Japanese, in their own scripts', () => {
    for (const s of stores) {
      for (const locale of ['ko', 'ja'] as const) {
        const own = s.translations[locale];
        expect(own?.name, `${s.slug} ${locale}`).toMatch(/^Aisle /);
        for (const field of ['name', 'street', 'city'] as const) {
          expect(own?.[field]?.trim(), `${s.slug} ${locale} ${field}`).toBeTruthy();
          expect(own?.[field], `${s.slug} ${locale} ${field}`).not.toBe(s[field]);
        }
      }
      expect(s.translations.ko?.name, s.slug).toMatch(/[\uac00-\ud7a3]/);
      expect(s.translations.ja?.name, s.slug).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
    expect(duplicates(stores.map((s) => s.translations.ko?.name ?? ''))).toEqual([]);
    expect(duplicates(stores.map((s) => s.translations.ja?.name ?? ''))).toEqual([]);
  });

  it('keeps city, region code and phone area code consistent', () => {
    const byCity: Record<string, { region: string; area: string }> = {
      Seoul: { region: 'KR-11', area: '+822' },
      Busan: { region: 'KR-26', area: '+8251' },
      Daegu: { region: 'KR-27', area: '+8253' },
      Incheon: { region: 'KR-28', area: '+8232' },
      Gwangju: { region: 'KR-29', area: '+8262' },
      Jeju: { region: 'KR-49', area: '+8264' },
      Tokyo: { region: 'JP-13', area: '+813' },
      Osaka: { region: 'JP-27', area: '+816' },
      Singapore: { region: 'SG-01', area: '+656' },
    };
    for (const s of stores) {
      const expected = byCity[s.city];
      expect(expected, `${s.slug} city ${s.city}`).toBeDefined();
      expect(s.region, s.slug).toBe(expected?.region);
      expect(s.phone.startsWith(expected?.area ?? '?'), s.slug).toBe(true);
    }
  });

  it('has seven days of opening hours, Monday first, with close after open', () => {
    for (const s of stores) {
      expect(s.hours, s.slug).toHaveLength(7);
      expect(
        s.hours.some((d) => d !== null),
        s.slug,
      ).toBe(true);
      for (const day of s.hours) {
        if (day === null) continue;
        expect(day.open, s.slug).toMatch(HHMM);
        expect(day.close, s.slug).toMatch(HHMM);
        expect(day.close > day.open, `${s.slug} ${day.open}-${day.close}`).toBe(true);
      }
    }
    expect(stores.some((s) => s.hours.includes(null))).toBe(true);
  });
});

describe('seed in-store orders', () => {
  const rows = buildSeedRows();
  const { orders, lines } = buildStoreOrderRows(rows);

  it('gives every demo phone several past till sales at stores, with unique numbers', () => {
    for (const phone of DEMO_STORE_PHONES) {
      expect(orders.filter((o) => o.phone === phone).length).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(orders.map((o) => o.number)).size).toBe(orders.length);
    expect(new Set(orders.map((o) => o.id)).size).toBe(orders.length);
    for (const o of orders) {
      expect(o).toMatchObject({ channel: 'store', status: 'collected', paymentMethod: 'in_store' });
      expect(o.number).toMatch(/^AI-\d{6}-[2-9A-Z]{5}$/);
      expect(o.placedAt.getTime()).toBeLessThan(Date.UTC(2026, 10, 1));
      expect(new Set(orders.filter((x) => x.phone === o.phone).map((x) => x.storeId)).size).toBeGreaterThan(1);
    }
  });

  it('sells items the store stocks, with totals that add up in whole won', () => {
    for (const o of orders) {
      const own = lines.filter((l) => l.orderId === o.id);
      expect(own.length).toBeGreaterThan(0);
      expect(own.reduce((n, l) => n + l.unitPrice * l.quantity, 0)).toBe(o.total);
      const location = rows.locations.find((l) => l.storeId === o.storeId)!;
      for (const l of own) {
        expect(l.storeId).toBe(o.storeId);
        expect(rows.stock.some((s) => s.locationId === location.id && s.variantId === l.variantId)).toBe(true);
      }
    }
  });

  it('is the same on every run', () => {
    expect(buildStoreOrderRows(buildSeedRows())).toEqual({ orders, lines });
  });
});
