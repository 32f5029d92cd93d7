import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/* The retailer's systems: the keys they call with, and the events the shop tells them. */

/** An integration's key: only its SHA-256 is kept (the key is 256 random bits), shown once when made. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** The key's first characters, to tell keys apart in a list without revealing them. */
    prefix: text('prefix').notNull(),
    hash: text('hash').notNull(),
    scopes: text('scopes').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_keys_hash_idx').on(t.hash)],
);

/** Every event the shop tells integrations, written in the transaction of what caused it. */
export const integrationEvents = pgTable(
  'integration_events',
  {
    id: text('id').primaryKey(),
    type: text('type').notNull(),
    data: jsonb('data').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('integration_events_type_idx').on(t.type, t.createdAt),
    index('integration_events_created_idx').on(sql`${t.createdAt} DESC`),
  ],
);
