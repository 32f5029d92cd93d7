import { describe, expect, it } from 'vitest';
import { fromShopLocal, toShopLocal } from '@/lib/offers/shop-time';

describe('console dates in Korea time', () => {
  it('reads a datetime-local value as Korea time and writes an instant back as one', () => {
    expect(fromShopLocal('2026-12-01T09:00')).toBe('2026-12-01T09:00:00+09:00');
    expect(Date.parse(fromShopLocal('2026-12-01T09:00'))).toBe(Date.parse('2026-12-01T00:00:00Z'));
    expect(toShopLocal('2026-12-31T15:00:00.000Z')).toBe('2027-01-01T00:00');
    expect(toShopLocal(null)).toBe('');
    expect(fromShopLocal('')).toBe('');
  });
});
