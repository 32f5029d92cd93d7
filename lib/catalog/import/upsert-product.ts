import 'server-only';
import { forgetCatalogReads } from '@/lib/catalog/forget-catalog-reads';
import { createHash } from 'node:crypto';
import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { productImages, products, productTranslations, variants } from '@/lib/db/schema';
import { translationSearch } from '@/lib/catalog/translation-search';
import { AppError } from '@/lib/http/errors';
import { newId } from '@/lib/ids';
import { categoryIdFor } from './category-for';
import { readIntegrationProduct } from './integration-product';
import type { IntegrationProduct } from './schema';
import { ImageError, resolveImage, type ImageSource } from './media';
import { BASE_MARKET, type ProductInput } from './product-input';
import { removeFromCarts } from './remove-from-carts';
import { isMarketCode } from '@/lib/markets/markets';
import { writeMarketPrices, type ExplicitPrice } from '@/lib/markets/price-list';

/** Bumped when what a payload means changes, so a re-import after an upgrade applies it again. */
const HASH_VERSION = 1;

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortedKeys(v)]),
    );
  return value;
}

/** The payload's fingerprint: the same product sent twice (keys in any order) has the same one. */
export function contentHash(handle: string, input: ProductInput): string {
  const canonical = JSON.stringify(sortedKeys({ v: HASH_VERSION, handle, input }));
  return createHash('sha256').update(canonical).digest('hex');
}

/** Size and colour have columns the shop filters on; any other option is kept beside them. */
function splitOptions(options: Record<string, string>) {
  let size: string | null = null;
  let color: string | null = null;
  const other: Record<string, string> = {};
  for (const [name, value] of Object.entries(options)) {
    if (/^size$/i.test(name)) size = value;
    else if (/^colou?r$/i.test(name)) color = value;
    else other[name] = value;
  }
  return { size, color, other };
}

export type UpsertOptions = { now: Date; images: ImageSource };

/**
 * Creates or updates the product `handle` from what the retailer sent: its text in each locale,
 * category (made when unknown), tags, options, images (stored by the shop), and variants by SKU
 * (new ones added, sent ones updated, missing ones archived, never deleted). An archived product
 * or variant leaves every cart, with a notice. The same payload again writes nothing: `unchanged`.
 */
export async function upsertProduct(
  db: Db,
  handle: string,
  input: ProductInput,
  opts: UpsertOptions,
): Promise<IntegrationProduct> {
  const hash = contentHash(handle, input);
  const [known] = await db
    .select({ sourceHash: products.sourceHash })
    .from(products)
    .where(eq(products.handle, handle));
  if (known?.sourceHash === hash) return (await readIntegrationProduct(db, handle, 'unchanged'))!;
  await assertSkusFree(db, handle, input);
  // Fetched before the transaction opens: a slow image host must not hold the product's lock.
  const imageUrls: string[] = [];
  for (const [i, image] of input.images.entries()) {
    try {
      imageUrls.push(await resolveImage(db, image.src, opts.images));
    } catch (error) {
      if (!(error instanceof ImageError)) throw error;
      throw new AppError('invalid_request', error.message, { fields: { [`images.${i}.src`]: [error.message] } });
    }
  }
  const result = await inTransaction(db, async (tx) => {
    let [row] = await tx
      .select({ id: products.id, sourceHash: products.sourceHash })
      .from(products)
      .where(eq(products.handle, handle))
      .for('update');
    if (row?.sourceHash === hash) return 'unchanged' as const;
    await assertSkusFree(tx, handle, input);
    const fields = {
      title: input.title.en,
      description: input.description.en ?? '',
      categoryId: await categoryIdFor(tx, input.category),
      tags: input.tags,
      status: input.status,
      options: input.options,
      sourceHash: hash,
      updatedAt: opts.now,
    };
    let created = false;
    if (!row) {
      const [inserted] = await tx
        .insert(products)
        .values({ id: newId('prd'), handle, createdAt: opts.now, ...fields })
        .onConflictDoNothing({ target: products.handle })
        .returning({ id: products.id });
      created = inserted !== undefined;
      // Another request made it a moment ago: update it instead, under its lock.
      [row] = inserted
        ? [{ id: inserted.id, sourceHash: hash }]
        : await tx
            .select({ id: products.id, sourceHash: products.sourceHash })
            .from(products)
            .where(eq(products.handle, handle))
            .for('update');
    }
    const productId = row!.id;
    if (!created) await tx.update(products).set(fields).where(eq(products.id, productId));
    await writeTranslations(tx, productId, input);
    await writeImages(tx, productId, input, imageUrls);
    const dropped = await writeVariants(tx, productId, input, opts.now);
    const leaving =
      input.status === 'archived'
        ? (await tx.select({ id: variants.id }).from(variants).where(eq(variants.productId, productId))).map(
            (v) => v.id,
          )
        : dropped;
    await removeFromCarts(tx, leaving, opts.now);
    return created ? ('created' as const) : ('updated' as const);
  });
  if (result !== 'unchanged') forgetCatalogReads(db);
  return (await readIntegrationProduct(db, handle, result))!;
}

/** A SKU is one variant of one product: one another product has is refused, naming it. */
async function assertSkusFree(db: Db, handle: string, input: ProductInput): Promise<void> {
  const skus = input.variants.map((v) => v.sku);
  const taken = await db
    .select({ sku: variants.sku, handle: products.handle })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(and(inArray(variants.sku, skus), ne(products.handle, handle)));
  if (taken.length === 0) return;
  const fields = Object.fromEntries(
    taken.map((t) => [`variants.${skus.indexOf(t.sku)}.sku`, [`SKU ${t.sku} belongs to product ${t.handle}`]]),
  );
  throw new AppError('invalid_request', 'A SKU belongs to another product', { fields });
}

async function writeTranslations(tx: Db, productId: string, input: ProductInput): Promise<void> {
  await tx.delete(productTranslations).where(eq(productTranslations.productId, productId));
  const rows = (['ko', 'ja'] as const)
    .map((locale) => ({
      productId,
      locale,
      title: input.title[locale] || null,
      description: input.description[locale] || null,
    }))
    .filter((r) => r.title || r.description)
    .map((r) => ({ ...r, search: translationSearch({ ...r, baseTitle: input.title.en }) }));
  if (rows.length) await tx.insert(productTranslations).values(rows);
}

async function writeImages(tx: Db, productId: string, input: ProductInput, urls: string[]): Promise<void> {
  await tx.delete(productImages).where(eq(productImages.productId, productId));
  if (input.images.length === 0) return;
  await tx.insert(productImages).values(
    input.images.map((image, position) => ({
      id: newId('img'),
      productId,
      url: urls[position]!,
      alt: image.alt?.en || input.title.en,
      altTranslations: Object.fromEntries(
        (['ko', 'ja'] as const).flatMap((l) => (image.alt?.[l] ? [[l, image.alt[l]]] : [])),
      ),
      color: image.color ?? null,
      position,
    })),
  );
}

/**
 * The payload's prices for markets other than the base one become the variants' explicit prices;
 * every market the payload leaves out is converted from the base price again.
 */
async function writeExplicitPrices(tx: Db, input: ProductInput, rows: { id?: string; sku: string }[]): Promise<void> {
  const ids = new Map(rows.map((r) => [r.sku, r.id!]));
  const variantIds = input.variants.map((v) => ids.get(v.sku)!);
  const explicit: ExplicitPrice[] = input.variants.flatMap((v) =>
    v.prices.flatMap((p) =>
      p.market !== BASE_MARKET.code && isMarketCode(p.market)
        ? [{ variantId: ids.get(v.sku)!, market: p.market, amount: p.amount }]
        : [],
    ),
  );
  await writeMarketPrices(tx, variantIds, explicit);
}

/** Variants by SKU; returns the ids of those the payload no longer has (now archived). */
async function writeVariants(tx: Db, productId: string, input: ProductInput, now: Date): Promise<string[]> {
  const existing = await tx.select().from(variants).where(eq(variants.productId, productId));
  const bySku = new Map(existing.map((v) => [v.sku, v]));
  const fresh: (typeof variants.$inferInsert)[] = [];
  for (const [position, v] of input.variants.entries()) {
    const { size, color, other } = splitOptions(v.options);
    const price = v.prices.find((p) => p.market === BASE_MARKET.code)!;
    const values = {
      size,
      color,
      otherOptions: other,
      priceAmount: price.amount,
      currency: BASE_MARKET.currency,
      position,
      archivedAt: null,
    };
    const old = bySku.get(v.sku);
    if (!old) {
      fresh.push({ id: newId('var'), productId, sku: v.sku, ...values });
      continue;
    }
    const same =
      old.size === size &&
      old.color === color &&
      JSON.stringify(sortedKeys(old.otherOptions)) === JSON.stringify(sortedKeys(other)) &&
      old.priceAmount === price.amount &&
      old.currency === BASE_MARKET.currency &&
      old.position === position &&
      old.archivedAt === null;
    if (!same) await tx.update(variants).set(values).where(eq(variants.id, old.id));
  }
  if (fresh.length) await tx.insert(variants).values(fresh);
  await writeExplicitPrices(tx, input, [...existing, ...fresh]);
  const sent = new Set(input.variants.map((v) => v.sku));
  const dropped = existing.filter((v) => !sent.has(v.sku) && v.archivedAt === null).map((v) => v.id);
  if (dropped.length)
    await tx
      .update(variants)
      .set({ archivedAt: now })
      .where(and(inArray(variants.id, dropped), isNull(variants.archivedAt)));
  return dropped;
}
