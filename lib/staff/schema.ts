import { z } from 'zod';
import { STAFF_ROLES } from '@/lib/db/schema/staff';

/* The staff API's shapes, shared by the handlers, the document and lib/staff/client.ts. */

export const staffRoleSchema = z.enum(STAFF_ROLES);
const email = z.string().trim().toLowerCase().pipe(z.email().max(254));
/** A staff password: longer than a shopper's minimum (a console acts for the shop), capped before hashing. */
export const staffPasswordSchema = z.string().min(10, 'Use at least 10 characters').max(200);

export const staffMeSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: staffRoleSchema,
  storeIds: z.union([z.array(z.string()), z.literal('all')]),
  totpEnrolled: z.boolean(),
});
export type StaffMe = z.infer<typeof staffMeSchema>;

export const signInBodySchema = z.object({
  email,
  password: z.string().min(1).max(200),
  /** The authenticator's 6 digits, or a recovery code; asked for once the password is right. */
  code: z.string().trim().min(1).max(40).optional(),
});

export const setPasswordBodySchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'This link is not valid'),
  password: staffPasswordSchema,
});

export const totpStartSchema = z.object({ secret: z.string(), uri: z.string(), qrSvg: z.string() });
export const totpConfirmBodySchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Enter the 6 digits'),
});
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });

export const memberSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: staffRoleSchema,
  storeIds: z.array(z.string()),
  passwordSet: z.boolean(),
  totpEnrolled: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type Member = z.infer<typeof memberSchema>;

export const inviteBodySchema = z.object({
  email,
  name: z.string().trim().min(1).max(100),
  role: staffRoleSchema,
  /** Store ids (or codes); none for an admin, at least one otherwise. */
  storeIds: z.array(z.string().trim().min(1).max(64)).max(100).default([]),
});
export const invitedSchema = z.object({ member: memberSchema, setPasswordUrl: z.url() });

export const memberParamsSchema = z.object({ staffId: z.string().min(1).max(64) });
export const sessionParamsSchema = memberParamsSchema.extend({ sessionId: z.string().min(1).max(64) });

export const sessionSchema = z.object({
  id: z.string(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});

export const auditQuerySchema = z.object({
  storeId: z.string().min(1).max(64).optional(),
  staffId: z.string().min(1).max(64).optional(),
  /** An entry's id: the page after it (newest first). */
  after: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const auditEntrySchema = z.object({
  id: z.string(),
  staffId: z.string(),
  staffEmail: z.string(),
  role: staffRoleSchema,
  storeId: z.string().nullable(),
  action: z.string(),
  target: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  at: z.iso.datetime(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditPageSchema = z.object({ entries: z.array(auditEntrySchema), next: z.string().nullable() });
