import { describe, expect, it } from 'vitest';
import { listingHref, PAGE_SIZE, parseListingParams } from '@/lib/catalog/listing-params';
import { encodeCursor, productListQuerySchema } from '@/lib/catalog/schema';
import { queryWords } from '@/lib/catalog/search-terms';
import { compareSizes } from '@/lib/catalog/sizes';

describe('listing parameters', () => {
  it('reads filters and page from the URL', () => {
    const { filters, page } = parseListingParams({ size: ['M', 'L'], color: 'Navy', minPrice: '10000', page: '3' });
    expect(filters).toMatchObject({ size: ['M', 'L'], color: ['Navy'], minPrice: 10000, limit: PAGE_SIZE });
    expect(filters.offset).toBe(2 * PAGE_SIZE);
    expect(page).toBe(3);
  });
  it('drops a bad parameter instead of failing the page', () => {
    const { filters, page } = parseListingParams({ minPrice: 'cheap', size: 'S', page: '-4', sort: 'nope' });
    expect(filters.minPrice).toBeUndefined();
    expect(filters.sort).toBeUndefined();
    expect(filters.size).toEqual(['S']);
    expect(page).toBe(1);
  });
  it('builds links that keep the filters', () => {
    expect(listingHref('/c/shoes', { size: ['250', '260'], page: '2' }, { page: '3' })).toBe(
      '/c/shoes?size=250&size=260&page=3',
    );
    expect(listingHref('/c/shoes', { page: '2' }, { page: null })).toBe('/c/shoes');
  });
});

describe('product list query', () => {
  it('accepts comma lists and round-trips cursors', () => {
    const parsed = productListQuerySchema.parse({ size: 'S,M', cursor: encodeCursor(48) });
    expect(parsed.size).toEqual(['S', 'M']);
    expect(parsed.cursor).toBe(48);
    expect(parsed.limit).toBe(24);
  });
  it('refuses forged cursors', () => {
    const forged = Buffer.from(JSON.stringify({ o: -1 })).toString('base64url');
    expect(productListQuerySchema.safeParse({ cursor: forged }).success).toBe(false);
    expect(productListQuerySchema.safeParse({ cursor: '%%%' }).success).toBe(false);
  });
});

describe('search words', () => {
  it('splits on anything but letters and digits, Hangul included', () => {
    expect(queryWords("Men's  MERINO-sweater 100%")).toEqual(['men', 's', 'merino', 'sweater', '100']);
    expect(queryWords('울 스웨터')).toEqual(['울', '스웨터']);
    expect(queryWords(`'); DROP TABLE products; --`)).toEqual(['drop', 'table', 'products']);
  });
});

describe('sizes', () => {
  it('sorts letter sizes as worn and numbers ascending', () => {
    expect(['XL', 'S', 'M', 'XS', 'L'].sort(compareSizes)).toEqual(['XS', 'S', 'M', 'L', 'XL']);
    expect(['270', '230', '250'].sort(compareSizes)).toEqual(['230', '250', '270']);
  });
});
