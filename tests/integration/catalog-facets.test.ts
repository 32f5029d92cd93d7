import { describe, expect, it } from 'vitest';
import { getFacets } from '@/lib/catalog/facets';
import { listProducts } from '@/lib/catalog/list-products';
import type { ProductListFilters } from '@/lib/catalog/schema';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();

const filters = (f: Partial<ProductListFilters>): ProductListFilters => ({ limit: 60, ...f });
const totalOf = async (f: Partial<ProductListFilters>) => (await listProducts(db.db, filters(f))).total;

describe(`listing facets (${DB_LABEL})`, () => {
  it('offers only the values of the current results, each with the count it would show', async () => {
    const everything = await getFacets(db.db, filters({}));
    const jackets = await getFacets(db.db, filters({ q: 'jaket' }));
    expect(jackets.colors.length).toBeGreaterThan(0);
    expect(jackets.colors.length).toBeLessThan(everything.colors.length);
    // No shoe sizes for jackets.
    expect(jackets.sizes.map((s) => s.name)).not.toContain('270');
    expect(everything.sizes.map((s) => s.name)).toContain('270');
    for (const size of jackets.sizes.slice(0, 3)) {
      expect(size.count).toBeGreaterThan(0);
      expect(await totalOf({ q: 'jaket', size: [size.name] })).toBe(size.count);
    }
    for (const color of jackets.colors.slice(0, 3)) {
      expect(await totalOf({ q: 'jaket', color: [color.name] })).toBe(color.count);
    }
  });

  it('counts each facet without its own selection, so a shopper can widen it', async () => {
    const all = await getFacets(db.db, filters({ category: 'shoes' }));
    const [first, second] = all.sizes;
    const picked = await getFacets(db.db, filters({ category: 'shoes', size: [first!.name] }));
    // The size facet still offers the other sizes with unchanged counts…
    expect(picked.sizes).toEqual(all.sizes);
    // …and adding one gives the products with either size.
    expect(await totalOf({ category: 'shoes', size: [first!.name, second!.name] })).toBeGreaterThanOrEqual(
      Math.max(first!.count, second!.count),
    );
    // Colours narrow to what that size has.
    for (const color of picked.colors) {
      expect(await totalOf({ category: 'shoes', size: [first!.name], color: [color.name] })).toBe(color.count);
    }
    expect(picked.colors.reduce((n, c) => n + c.count, 0)).toBeLessThanOrEqual(
      all.colors.reduce((n, c) => n + c.count, 0),
    );
  });

  it('shows a colour-filtered card in that colour', async () => {
    const anyColor = (await getFacets(db.db, filters({ category: 'knitwear' }))).colors[0]!;
    const list = await listProducts(db.db, filters({ category: 'knitwear', color: [anyColor.name.toLowerCase()] }));
    expect(list.items.length).toBe(anyColor.count);
    for (const item of list.items) {
      expect(item.color).toBe(anyColor.name);
      expect(item.image?.alt).toContain(anyColor.name);
    }
    const unfiltered = await listProducts(db.db, filters({ category: 'knitwear' }));
    expect(unfiltered.items.every((i) => i.color === undefined)).toBe(true);
  });
});
