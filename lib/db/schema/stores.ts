import { char, doublePrecision, jsonb, pgTable, text } from 'drizzle-orm/pg-core';

/* The shops: where they are and when they open. */

export type WeeklyHours = ({ open: string; close: string } | null)[];

export const stores = pgTable('stores', {
  id: text('id').primaryKey(),
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
});
