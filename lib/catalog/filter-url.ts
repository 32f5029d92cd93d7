/** What a listing's filters are set to, as its URL says. Pure: used on the server and in the browser. */
export type ActiveFilters = {
  q?: string;
  storeId?: string;
  size: string[];
  color: string[];
  minPrice?: number;
  maxPrice?: number;
  sort?: string;
};

export type FilterChip = { key: 'storeId' | 'size' | 'color' | 'price'; value: string };

/** The listing URL for these filters (first page: a change of filters starts again at the top of the results). */
export function filtersHref(path: string, f: ActiveFilters): string {
  const params = new URLSearchParams();
  if (f.q) params.set('q', f.q);
  if (f.sort && f.sort !== 'featured') params.set('sort', f.sort);
  if (f.storeId) params.set('storeId', f.storeId);
  for (const s of f.size) params.append('size', s);
  for (const c of f.color) params.append('color', c);
  if (f.minPrice !== undefined) params.set('minPrice', String(f.minPrice));
  if (f.maxPrice !== undefined) params.set('maxPrice', String(f.maxPrice));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

const sameValue = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Turns one size or colour on or off. */
export function toggleValue(f: ActiveFilters, key: 'size' | 'color', value: string): ActiveFilters {
  const list = f[key];
  const on = list.some((v) => sameValue(v, value));
  return { ...f, [key]: on ? list.filter((v) => !sameValue(v, value)) : [...list, value] };
}

/** The filters that narrow the results, one chip each (sort and query are not filters). */
export function activeChips(f: ActiveFilters): FilterChip[] {
  return [
    ...(f.storeId ? [{ key: 'storeId' as const, value: f.storeId }] : []),
    ...f.size.map((value) => ({ key: 'size' as const, value })),
    ...f.color.map((value) => ({ key: 'color' as const, value })),
    ...(f.minPrice !== undefined || f.maxPrice !== undefined ? [{ key: 'price' as const, value: '' }] : []),
  ];
}

/** The filters without one chip. */
export function withoutChip(f: ActiveFilters, chip: FilterChip): ActiveFilters {
  switch (chip.key) {
    case 'storeId':
      return { ...f, storeId: undefined };
    case 'price':
      return { ...f, minPrice: undefined, maxPrice: undefined };
    default:
      return { ...f, [chip.key]: f[chip.key].filter((v) => !sameValue(v, chip.value)) };
  }
}

/** Only the query and sort left. */
export function clearedFilters(f: ActiveFilters): ActiveFilters {
  return { q: f.q, sort: f.sort, size: [], color: [] };
}
