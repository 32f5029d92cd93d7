import { z } from 'zod';
import { productListQuerySchema, type ProductListFilters } from './schema';

export const PAGE_SIZE = 24;
type RawParams = Record<string, string | string[] | undefined>;

const pageSchema = z.coerce.number().int().min(1).max(1000).catch(1);

/**
 * Listing pages read filters from the URL like the API does, but a page never fails
 * on a bad parameter: it drops the parameter and shows the rest.
 */
export function parseListingParams(raw: RawParams, fixed: { category?: string } = {}) {
  const input: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value !== undefined && value !== '' && key !== 'page' && key !== 'cursor' && key !== 'limit')
      input[key] = value;
  }
  let parsed = productListQuerySchema.safeParse({ ...input, ...fixed, limit: PAGE_SIZE });
  for (let attempt = 0; !parsed.success && attempt < 10; attempt++) {
    for (const issue of parsed.error.issues) delete input[String(issue.path[0])];
    parsed = productListQuerySchema.safeParse({ ...input, ...fixed, limit: PAGE_SIZE });
  }
  const page = pageSchema.parse(Array.isArray(raw.page) ? raw.page[0] : raw.page);
  const { cursor: _ignored, ...filters } = parsed.success ? parsed.data : { limit: PAGE_SIZE, cursor: undefined };
  return { filters: { ...filters, offset: (page - 1) * PAGE_SIZE } as ProductListFilters, page };
}

/** The URL of another page of the same listing, filters kept. */
export function listingHref(path: string, raw: RawParams, changes: Record<string, string | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  for (const [key, value] of Object.entries(changes)) {
    params.delete(key);
    if (value !== null) params.set(key, value);
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
