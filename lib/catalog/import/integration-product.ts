import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { categories, productImages, products, productTranslations, variantPrices, variants } from '@/lib/db/schema';
import { MARKET_CODES } from '@/lib/markets/markets';
import type { IntegrationProduct, UpsertResult } from './schema';

/** The product by handle as the integration API shows it, or null. */
export async function readIntegrationProduct(
  db: Db,
  handle: string,
  result: UpsertResult,
): Promise<IntegrationProduct | null> {
  const [row] = await db
    .select({ product: products, category: categories })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(eq(products.handle, handle));
  if (!row) return null;
  const { product, category } = row;
  const [texts, images, variantRows] = await Promise.all([
    db.select().from(productTranslations).where(eq(productTranslations.productId, product.id)),
    db.select().from(productImages).where(eq(productImages.productId, product.id)).orderBy(asc(productImages.position)),
    db.select().from(variants).where(eq(variants.productId, product.id)).orderBy(asc(variants.position)),
  ]);
  const priceRows = variantRows.length
    ? await db
        .select()
        .from(variantPrices)
        .where(
          inArray(
            variantPrices.variantId,
            variantRows.map((v) => v.id),
          ),
        )
    : [];
  const pricesOf = (variantId: string) =>
    MARKET_CODES.flatMap((market) =>
      priceRows
        .filter((p) => p.variantId === variantId && p.market === market)
        .map((p) => ({ market, amount: { amount: p.amount, currency: p.currency }, explicit: p.explicit })),
    );
  const inLocales = (field: 'title' | 'description', en: string) => ({
    en,
    ...Object.fromEntries(texts.flatMap((t) => (t[field] ? [[t.locale, t[field]]] : []))),
  });
  const optionName = (key: 'size' | 'color') =>
    product.options.find((o) => o.name.toLowerCase() === key || (key === 'color' && /^colou?r$/i.test(o.name)))?.name ??
    key;
  return {
    id: product.id,
    handle: product.handle,
    status: product.status,
    result,
    title: inLocales('title', product.title),
    description: inLocales('description', product.description),
    category: { id: category.id, slug: category.slug, name: category.name },
    tags: product.tags,
    options: product.options,
    variants: variantRows.map((v) => ({
      id: v.id,
      sku: v.sku,
      options: {
        ...(v.size ? { [optionName('size')]: v.size } : {}),
        ...(v.color ? { [optionName('color')]: v.color } : {}),
        ...v.otherOptions,
      },
      price: { amount: v.priceAmount, currency: v.currency },
      prices: pricesOf(v.id),
      archived: v.archivedAt !== null,
    })),
    images: images.map((i) => ({ url: i.url, alt: { en: i.alt, ...i.altTranslations }, color: i.color })),
  };
}
