import { boolean, char, doublePrecision, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/* The shops: where they are and when they open. */

export type WeeklyHours = ({ open: string; close: string } | null)[];

/** A store's own words in a locale other than the base one: what the `name`, `street` and `city` columns say in English. */
export type StoreText = { name?: string; street?: string; city?: string };
/** Per locale (`ko`, `ja`): the store's name and address as written there; a missing field falls back to the base text. */
export type StoreTranslations = Partial<Record<'ko' | 'ja', StoreText>>;

export const stores = pgTable('stores', {
  id: text('id').primaryKey(),
  /** The store's code: what the retailer's systems call it (`PUT /api/integrations/stores/{code}`). */
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  street: text('street').notNull(),
  city: text('city').notNull(),
  region: text('region').notNull(),
  postalCode: text('postal_code').notNull(),
  country: char('country', { length: 2 }).notNull(),
  lat: doublePrecision('lat').notNull(),
  lng: doublePrecision('lng').notNull(),
  phone: text('phone').notNull(),
  timezone: text('timezone').notNull(),
  hours: jsonb('hours').$type<WeeklyHours>().notNull(),
  climate: text('climate').notNull().default('mild'),
  /** Whether shoppers may choose it for pickup; a store closed for pickup still serves the holds it has. */
  pickup: boolean('pickup').notNull().default(true),
  translations: jsonb('translations').$type<StoreTranslations>().notNull().default({}),
});

/**
 * A store's own till secret (HMAC-SHA256 key for X-Aisle-Signature), encrypted at rest with a
 * key derived from AUTH_SECRET: verifying an HMAC needs the secret itself, so it cannot be
 * hashed. The previous secret keeps verifying until `previousUntil` (a rotation's overlap).
 */
export const storePosSecrets = pgTable('store_pos_secrets', {
  storeId: text('store_id')
    .primaryKey()
    .references(() => stores.id),
  secret: text('secret').notNull(),
  previousSecret: text('previous_secret'),
  previousUntil: timestamp('previous_until', { withTimezone: true }),
  rotatedAt: timestamp('rotated_at', { withTimezone: true }).notNull(),
});
