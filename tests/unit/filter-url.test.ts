import { describe, expect, it } from 'vitest';
import {
  activeChips,
  clearedFilters,
  filtersHref,
  toggleValue,
  withoutChip,
  type ActiveFilters,
} from '@/lib/catalog/filter-url';

const none: ActiveFilters = { size: [], color: [] };

describe('listing filter URLs', () => {
  it('writes only what is set, query first, and drops the page', () => {
    expect(filtersHref('/c/shoes', none)).toBe('/c/shoes');
    expect(
      filtersHref('/search', { ...none, q: 'wool coat', sort: 'featured', size: ['M', 'L'], color: ['Navy'] }),
    ).toBe('/search?q=wool+coat&size=M&size=L&color=Navy');
    expect(filtersHref('/c/x', { ...none, sort: 'price_asc', minPrice: 0, maxPrice: 50000 })).toBe(
      '/c/x?sort=price_asc&minPrice=0&maxPrice=50000',
    );
  });
  it('toggles a value regardless of case, and removes chips one by one', () => {
    const f = toggleValue(toggleValue(none, 'color', 'Navy'), 'size', 'M');
    expect(f).toMatchObject({ color: ['Navy'], size: ['M'] });
    expect(toggleValue(f, 'color', 'navy').color).toEqual([]);
    const all = { ...f, storeId: 'st_1', minPrice: 1000 };
    const chips = activeChips(all);
    expect(chips.map((c) => c.key)).toEqual(['storeId', 'size', 'color', 'price']);
    expect(withoutChip(all, chips[3]!)).toMatchObject({ minPrice: undefined, maxPrice: undefined, size: ['M'] });
    expect(withoutChip(all, chips[2]!).color).toEqual([]);
    expect(withoutChip(all, chips[0]!).storeId).toBeUndefined();
    expect(activeChips(clearedFilters({ ...all, q: 'x', sort: 'newest' }))).toEqual([]);
    expect(clearedFilters({ ...all, q: 'x', sort: 'newest' })).toMatchObject({ q: 'x', sort: 'newest' });
  });
});
