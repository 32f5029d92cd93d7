import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

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
