import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/* Shoppers: accounts, phone sign-in challenges and server-side sessions. */

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  /** Stored lower-cased; unique. Null for an account made by signing in with a phone. */
  email: text('email').unique(),
  name: text('name').notNull(),
  /** Null when the account signs in only with its phone. */
  passwordHash: text('password_hash'),
  /** E.164, proven by one-time code; on one account at a time. */
  phone: text('phone').unique(),
  phoneVerifiedAt: timestamp('phone_verified_at', { withTimezone: true }),
  /** The market the shopper last chose (lib/markets/markets.ts), so another device shows it; null: not chosen. */
  market: char('market', { length: 2 }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The live one-time code for a phone, per purpose and per requester (the account linking it,
 * or '' for signing in). Only an HMAC of the code is kept. Failures survive a resend.
 */
export const phoneChallenges = pgTable(
  'phone_challenges',
  {
    phone: text('phone').notNull(),
    purpose: text('purpose', { enum: ['link', 'sign_in'] }).notNull(),
    requester: text('requester').notNull(),
    codeHash: text('code_hash').notNull(),
    failures: integer('failures').notNull().default(0),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.phone, t.purpose, t.requester] }),
    check('phone_challenges_failures_nonnegative', sql`${t.failures} >= 0`),
  ],
);

/** Server-side record of each sign-in, so sign-out (or a revocation) ends it everywhere it is used. */
export const authSessions = pgTable(
  'auth_sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('auth_sessions_user_idx').on(t.userId)],
);

/**
 * A "forgot password" link: only a SHA-256 of its random token is kept. Single use
 * (`usedAt`), short-lived (`expiresAt`); a new request does not cancel an older live link.
 */
export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('password_reset_tokens_user_idx').on(t.userId)],
);

/** The account's address book (Korean address fields); one may be the default. */
export const addresses = pgTable(
  'addresses',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    recipient: text('recipient').notNull(),
    /** E.164 */
    phone: text('phone').notNull(),
    postalCode: text('postal_code').notNull(),
    line1: text('line1').notNull(),
    line2: text('line2').notNull().default(''),
    isDefault: boolean('is_default').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('addresses_user_idx').on(t.userId),
    uniqueIndex('addresses_one_default_idx')
      .on(t.userId)
      .where(sql`${t.isDefault}`),
  ],
);
