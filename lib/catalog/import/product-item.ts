import type { AppError } from '@/lib/http/errors';
import type { ProductInput } from './product-input';

/** A product one source line (or one Handle's CSV rows) gave, or why it could not give one. */
export type ProductItem = { line: number; handle: string | null } & (
  { input: ProductInput } | { input?: undefined; error: AppError }
);
