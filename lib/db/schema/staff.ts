import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { stores } from './stores';

/* Store staff: accounts of their own (never shoppers'), their stores, sessions and audit trail. */

export const STAFF_ROLES = ['associate', 'manager', 'admin'] as const;

/** A staff account. A removed one keeps its row (removed_at) so the audit log still names it. */
export const staffMembers = pgTable(
  'staff_members',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: STAFF_ROLES }).notNull(),
    /** argon2id; null until the member follows the set-password link. */
    passwordHash: text('password_hash'),
    /** The TOTP secret (base32), kept while enrolment is pending too; live once totp_enrolled_at is set. */
    totpSecret: text('totp_secret'),
    totpEnrolledAt: timestamp('totp_enrolled_at', { withTimezone: true }),
    /** The last TOTP time step accepted: a code is never accepted twice (RFC 6238 §5.2). */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    /** SHA-256 of each unused recovery code; one is struck off when used. */
    recoveryCodeHashes: text('recovery_code_hashes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('staff_members_email_idx').on(t.email)],
);

/** Which stores a manager or an associate acts on (an admin acts on every store and has no rows). */
export const staffMemberStores = pgTable(
  'staff_member_stores',
  {
    staffId: text('staff_id')
      .notNull()
      .references(() => staffMembers.id, { onDelete: 'cascade' }),
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.storeId] }), index('staff_member_stores_store_idx').on(t.storeId)],
);

/** A signed-in staff browser: only the token's SHA-256 is kept. */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    id: text('id').primaryKey(),
    staffId: text('staff_id')
      .notNull()
      .references(() => staffMembers.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    /** The absolute end, whatever the activity. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    userAgent: text('user_agent'),
  },
  (t) => [uniqueIndex('staff_sessions_token_idx').on(t.tokenHash), index('staff_sessions_staff_idx').on(t.staffId)],
);

/** A one-time set-password link (an invitation or a reset): only its SHA-256 is kept. */
export const staffPasswordTokens = pgTable(
  'staff_password_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    staffId: text('staff_id')
      .notNull()
      .references(() => staffMembers.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('staff_password_tokens_staff_idx').on(t.staffId)],
);

/**
 * Every staff action. No foreign keys on purpose: a row outlives the member (and the store) it
 * names, so it copies the e-mail and role as they were.
 */
export const staffAuditLog = pgTable(
  'staff_audit_log',
  {
    id: text('id').primaryKey(),
    staffId: text('staff_id').notNull(),
    staffEmail: text('staff_email').notNull(),
    role: text('role', { enum: STAFF_ROLES }).notNull(),
    storeId: text('store_id'),
    action: text('action').notNull(),
    target: text('target'),
    before: jsonb('before'),
    after: jsonb('after'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('staff_audit_log_at_idx').on(sql`${t.at} DESC`),
    index('staff_audit_log_store_idx').on(t.storeId, t.at),
  ],
);
