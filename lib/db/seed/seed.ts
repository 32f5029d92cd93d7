import 'server-only';
import type { PgTable } from 'drizzle-orm/pg-core';
import { ART_VIEWS } from '@/lib/catalog/art/kinds';
import { artUrl } from '@/lib/catalog/art/url';
import { stableId } from '@/lib/ids';
import { BASE_MARKET, marketOf } from '@/lib/markets/markets';
import type { Db } from '../open-db';
import { inTransaction } from '../in-transaction';
import * as t from '../schema';
import { categories as seedCategories } from './data/categories';
import { products as seedProducts } from './data/products';
import { productTitlesCjk } from './data/product-titles-cjk';
import { fillMissingTranslationSearch, translationSearch } from '@/lib/catalog/translation-search';
import { stores as seedStores } from './data/stores';
import { seededOnHand, type StockLocation } from './stock';
import { buildOfferRows } from './offers';
import { buildDeliveryRows } from './delivery';
import { buildStoreOrderRows } from './store-orders';
import { setWarehouseMarkets } from './warehouse-markets';

/** The base price list's currency: variants.price_amount is in it; other markets convert from it. */
export const CURRENCY = marketOf(BASE_MARKET).currency;
export const WAREHOUSE_LOCATION_ID = 'loc_online';
/** The online warehouses: Korea's (which also ships to the US), Japan's and Singapore's. */
const WAREHOUSES = [
  { id: WAREHOUSE_LOCATION_ID, name: 'Online warehouse' },
  { id: 'loc_online_jp', name: 'Online warehouse Japan' },
  { id: 'loc_online_sg', name: 'Online warehouse Singapore' },
];
const BATCH = 500;

async function insertAll<T extends PgTable>(db: Db, table: T, rows: T['$inferInsert'][]) {
  for (let i = 0; i < rows.length; i += BATCH) {
    await db
      .insert(table)
      .values(rows.slice(i, i + BATCH))
      .onConflictDoNothing();
  }
}

/** Builds every row of the demo retailer from the seed data. Pure: no database. */
export function buildSeedRows(epoch = Date.UTC(2026, 0, 1)) {
  const categoryIds = new Map(seedCategories.map((c) => [c.slug, stableId('cat', c.slug)]));
  const categories = seedCategories.map((c, position) => ({
    id: stableId('cat', c.slug),
    slug: c.slug,
    name: c.name,
    description: c.description,
    imageKind: c.kind,
    position,
  }));
  const stores = seedStores.map((s) => ({ id: stableId('str', s.slug), ...s, hours: [...s.hours] }));
  const locations = [
    ...WAREHOUSES.map((w) => ({ ...w, kind: 'warehouse' as const, storeId: null })),
    ...stores.map((s) => ({ id: stableId('loc', s.slug), kind: 'store' as const, name: s.name, storeId: s.id })),
  ];
  const products: (typeof t.products.$inferInsert)[] = [];
  const images: (typeof t.productImages.$inferInsert)[] = [];
  const variants: (typeof t.variants.$inferInsert)[] = [];
  const stock: (typeof t.stockLevels.$inferInsert)[] = [];
  const translations: (typeof t.productTranslations.$inferInsert)[] = [];

  seedProducts.forEach((p, index) => {
    const productId = stableId('prd', p.handle);
    const categoryId = categoryIds.get(p.category);
    if (!categoryId) throw new Error(`Seed product ${p.handle} has unknown category ${p.category}`);
    products.push({
      id: productId,
      handle: p.handle,
      title: p.title,
      description: p.description,
      categoryId,
      tags: p.tags,
      featured: p.featured ?? false,
      // Spread creation dates so "newest" is a meaningful order.
      createdAt: new Date(epoch + index * 3_600_000),
    });
    const cjk = productTitlesCjk[p.handle];
    if (!cjk) throw new Error(`Seed product ${p.handle} has no Korean and Japanese title`);
    for (const locale of ['ko', 'ja'] as const) {
      const title = cjk[locale];
      translations.push({ productId, locale, title, search: translationSearch({ title, baseTitle: p.title }) });
    }
    let imagePosition = 0;
    let variantPosition = 0;
    for (const color of p.colors) {
      for (const view of ART_VIEWS) {
        images.push({
          id: stableId('img', `${p.handle}/${color.hex}/${view}`),
          productId,
          url: artUrl(p.kind, color.hex, view),
          alt: `${p.title} in ${color.name}, ${view === 'detail' ? 'close-up' : `${view} view`}`,
          color: color.name,
          position: imagePosition++,
        });
      }
      for (const size of p.sizes ?? [null]) {
        const sku = [p.handle, color.name, size]
          .filter(Boolean)
          .join('-')
          .toUpperCase()
          .replace(/[^A-Z0-9]+/g, '-');
        const variantId = stableId('var', sku);
        variants.push({
          id: variantId,
          productId,
          sku,
          size,
          color: color.name,
          colorHex: color.hex,
          priceAmount: p.price,
          currency: CURRENCY,
          position: variantPosition++,
        });
        for (const location of locations as StockLocation[]) {
          const onHand = seededOnHand(p.availability ?? 'everywhere', sku, location);
          if (onHand > 0) stock.push({ locationId: location.id, variantId, onHand, reserved: 0 });
        }
      }
    }
  });
  return { categories, stores, locations, products, translations, images, variants, stock };
}

/** Inserts the demo retailer. Idempotent: existing rows (and sold stock) are left alone. */
export async function seed(db: Db): Promise<{ products: number; stores: number }> {
  const rows = buildSeedRows();
  await inTransaction(db, async (d) => {
    await insertAll(d, t.categories, rows.categories);
    await insertAll(d, t.stores, rows.stores);
    await insertAll(d, t.inventoryLocations, rows.locations);
    await setWarehouseMarkets(d);
    await insertAll(d, t.products, rows.products);
    await insertAll(d, t.productTranslations, rows.translations);
    await fillMissingTranslationSearch(d);
    await insertAll(d, t.productImages, rows.images);
    await insertAll(d, t.variants, rows.variants);
    await insertAll(d, t.stockLevels, rows.stock);
    // Past till sales of the demo phones (history only: today's stock already reflects them).
    await insertAll(d, t.offers, buildOfferRows());
    await insertAll(d, t.deliveryOptions, buildDeliveryRows());
    const storeOrders = buildStoreOrderRows(rows);
    await insertAll(d, t.orders, storeOrders.orders);
    await insertAll(d, t.orderLines, storeOrders.lines);
  });
  return { products: rows.products.length, stores: rows.stores.length };
}

export async function seedIfEmpty(db: Db): Promise<boolean> {
  const existing = await db.select({ id: t.products.id }).from(t.products).limit(1);
  if (existing.length > 0) return false;
  await seed(db);
  return true;
}
