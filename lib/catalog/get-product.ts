import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { categories, productImages, products, variantPrices, variants } from '@/lib/db/schema';
import { BASE_MARKET, type MarketCode } from '@/lib/markets/markets';
import { notFoundError } from '@/lib/http/errors';
import { catalogCache } from '@/lib/cache/catalog-cache';
import type { ProductDetail } from './schema';

export async function getProductOrThrow(
  db: Db,
  handle: string,
  market: MarketCode = BASE_MARKET,
): Promise<ProductDetail> {
  const product = await getProduct(db, handle, market);
  if (!product) throw notFoundError('Product');
  return product;
}

/** A product by handle, priced in the market, from the catalog cache. */
export const getProduct = catalogCache(
  loadProduct,
  (handle: string, market: MarketCode = BASE_MARKET) => `${market}:${handle}`,
);

async function loadProduct(db: Db, handle: string, market: MarketCode = BASE_MARKET): Promise<ProductDetail | null> {
  const [row] = await db
    .select({ product: products, category: categories })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    // An archived product has no page: a 404, as for one never sold.
    .where(and(eq(products.handle, handle), eq(products.status, 'active')))
    .limit(1);
  if (!row) return null;
  const [images, variantRows] = await Promise.all([
    db
      .select()
      .from(productImages)
      .where(eq(productImages.productId, row.product.id))
      .orderBy(asc(productImages.position)),
    db
      .select({ variant: variants, price: { amount: variantPrices.amount, currency: variantPrices.currency } })
      .from(variants)
      .innerJoin(variantPrices, and(eq(variantPrices.variantId, variants.id), eq(variantPrices.market, market)))
      .where(and(eq(variants.productId, row.product.id), isNull(variants.archivedAt)))
      .orderBy(asc(variants.position)),
  ]);
  const { product, category } = row;
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    description: product.description,
    category: { id: category.id, slug: category.slug, name: category.name },
    tags: product.tags,
    images: images.map((i) => ({ url: i.url, alt: i.alt, color: i.color })),
    variants: variantRows.map(({ variant: v, price }) => ({
      id: v.id,
      sku: v.sku,
      options: { ...(v.size ? { size: v.size } : {}), ...(v.color ? { color: v.color } : {}) },
      colorHex: v.colorHex,
      price,
    })),
  };
}
