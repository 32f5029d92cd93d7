/** The listing's sort orders; a module of its own so the filters in the browser do not ship zod. */
export const SORTS = ['featured', 'newest', 'price_asc', 'price_desc'] as const;
