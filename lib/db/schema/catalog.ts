import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  char,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/* Products as the catalog shows them: categories, products, their images and variants. */

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const bytea = customType<{ data: Uint8Array }>({ dataType: () => 'bytea' });

export const categories = pgTable('categories', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  imageKind: text('image_kind').notNull(),
  position: integer('position').notNull().default(0),
});

export const products = pgTable(
  'products',
  {
    id: text('id').primaryKey(),
    handle: text('handle').notNull().unique(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    categoryId: text('category_id')
      .notNull()
      .references(() => categories.id),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    featured: boolean('featured').notNull().default(false),
    /** `archived`: hidden from the shop (listings, search, its page), kept in past orders. */
    status: text('status', { enum: ['active', 'archived'] })
      .notNull()
      .default('active'),
    /** The option names in order and their values, as the retailer declared them (Size, Color, Material…). */
    options: jsonb('options').$type<{ name: string; values: string[] }[]>().notNull().default([]),
    /** A hash of the last integration payload applied: the same payload again writes nothing. */
    sourceHash: text('source_hash'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('simple', coalesce("title", '')), 'A') || setweight(to_tsvector('simple', aisle_text_array_to_string("tags")), 'B') || setweight(to_tsvector('simple', coalesce("description", '')), 'C')`,
      ),
  },
  (t) => [
    index('products_category_idx').on(t.categoryId),
    index('products_search_idx').using('gin', t.search),
    index('products_title_trgm_idx').using('gin', sql`"title" gin_trgm_ops`),
    check('products_status_known', sql`${t.status} IN ('active', 'archived')`),
  ],
);

/**
 * A product's text in a locale other than the base one (`products.title`/`description` are
 * English): what the retailer sent, for the shop's locales to read.
 */
export const productTranslations = pgTable(
  'product_translations',
  {
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    title: text('title'),
    description: text('description'),
    /**
     * The CJK bigrams and Latin words of this text and the English title (lib/catalog/search-text.ts),
     * written with the row by `translationSearch`: PostgreSQL's parsers do not segment CJK.
     */
    search: tsvector('search')
      .notNull()
      .default(sql`''::tsvector`),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.locale] }),
    index('product_translations_search_idx').using('gin', t.search),
  ],
);

export const productImages = pgTable(
  'product_images',
  {
    id: text('id').primaryKey(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    alt: text('alt').notNull(),
    /** The alt text in other locales (`{ ko: '…' }`), beside the English one. */
    altTranslations: jsonb('alt_translations').$type<Record<string, string>>().notNull().default({}),
    /** The colour this image shows, so the gallery follows the chosen variant. */
    color: text('color'),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('product_images_product_idx').on(t.productId, t.position)],
);

export const variants = pgTable(
  'variants',
  {
    id: text('id').primaryKey(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    sku: text('sku').notNull().unique(),
    size: text('size'),
    color: text('color'),
    colorHex: char('color_hex', { length: 6 }),
    /** Options besides size and colour (`{ material: 'Wool' }`), keyed by the option's name. */
    otherOptions: jsonb('other_options').$type<Record<string, string>>().notNull().default({}),
    /** Set when the retailer dropped the SKU: hidden from the shop, kept for past orders and carts. */
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    priceAmount: integer('price_amount').notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    index('variants_product_idx').on(t.productId, t.position),
    index('variants_size_idx').on(t.size),
    index('variants_color_idx').on(t.color),
    check('variants_price_nonnegative', sql`${t.priceAmount} >= 0`),
  ],
);

/**
 * Each variant's price in each market: the market's price list. `explicit` rows are the
 * retailer's own price for that market; the others are the base price (KR's, `variants.price_amount`)
 * converted by the market's rate and rounding rule, rewritten by lib/markets/price-list.ts whenever
 * the variant is written. Every price the shop shows or charges is read from here.
 */
export const variantPrices = pgTable(
  'variant_prices',
  {
    variantId: text('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    market: char('market', { length: 2 }).notNull(),
    amount: integer('amount').notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    explicit: boolean('explicit').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.variantId, t.market] }),
    index('variant_prices_market_amount_idx').on(t.market, t.amount),
    check('variant_prices_amount_nonnegative', sql`${t.amount} >= 0`),
  ],
);

/**
 * Image bytes the shop stores and serves itself (imported product images), keyed by the SHA-256
 * of their content: several instances share them, and the same image is stored once.
 */
export const media = pgTable('media', {
  hash: char('hash', { length: 64 }).primaryKey(),
  contentType: text('content_type').notNull(),
  bytes: bytea('bytes').notNull(),
  size: integer('size').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
