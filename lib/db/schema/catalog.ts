import { sql } from 'drizzle-orm';
import { boolean, check, char, customType, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/* Products as the catalog shows them: categories, products, their images and variants. */

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

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
