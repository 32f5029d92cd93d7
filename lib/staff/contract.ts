import { z } from 'zod';
import { operation } from '@/lib/http/operation';
import {
  auditPageSchema,
  auditQuerySchema,
  invitedSchema,
  inviteBodySchema,
  memberParamsSchema,
  memberSchema,
  recoveryCodesSchema,
  sessionParamsSchema,
  sessionSchema,
  setPasswordBodySchema,
  signInBodySchema,
  staffMeSchema,
  totpConfirmBodySchema,
  totpStartSchema,
} from './schema';

const tags = ['staff'];
const me = z.object({ staff: staffMeSchema });
const notFound = { description: 'No such member (or not one the caller manages)', schema: null };

export const staffContract = {
  signIn: operation({
    method: 'post',
    path: '/api/staff/session',
    auth: 'none',
    summary:
      'Staff sign-in: e-mail and password, then (once enrolled) the authenticator code or a recovery code; sets the staff session cookie. Rate-limited per e-mail and per address',
    tags,
    body: signInBodySchema,
    responses: {
      200: { description: 'Signed in; the staff session cookie is set', schema: me },
      401: {
        description:
          'Wrong e-mail or password (`staff_sign_in_failed`), or a code is needed or wrong (`totp_required`, `totp_invalid`)',
        schema: null,
      },
      429: { description: 'Too many attempts', schema: null },
    },
  }),
  me: operation({
    method: 'get',
    path: '/api/staff/session',
    auth: 'staff:enrolling',
    summary: 'The signed-in staff member',
    tags,
    responses: { 200: { description: 'The member', schema: me } },
  }),
  signOut: operation({
    method: 'delete',
    path: '/api/staff/session',
    auth: 'staff:enrolling',
    summary: 'Staff sign-out: ends this session and clears its cookie',
    tags,
    responses: { 200: { description: 'Signed out', schema: z.object({ status: z.literal('signed_out') }) } },
  }),
  setPassword: operation({
    method: 'post',
    path: '/api/staff/password',
    auth: 'none',
    summary:
      "Sets a staff member's password from a one-time link (an invitation or `npm run staff:create`); ends their other sessions",
    tags,
    body: setPasswordBodySchema,
    responses: {
      200: { description: 'Password set', schema: z.object({ email: z.string() }) },
      400: { description: 'The link is unknown, used or expired (`reset_link_invalid`)', schema: null },
    },
  }),
  totpStart: operation({
    method: 'post',
    path: '/api/staff/totp',
    auth: 'staff:enrolling',
    summary:
      'Starts TOTP enrolment: a new secret, as text and as a QR code of its otpauth:// URI (not live until confirmed)',
    tags,
    responses: {
      200: { description: 'The secret to add to an authenticator app', schema: totpStartSchema },
      409: { description: 'Already enrolled (`totp_already_enrolled`)', schema: null },
    },
  }),
  totpConfirm: operation({
    method: 'post',
    path: '/api/staff/totp/confirm',
    auth: 'staff:enrolling',
    summary: 'Confirms enrolment with a code from the app; answers 10 single-use recovery codes, shown this once',
    tags,
    body: totpConfirmBodySchema,
    responses: {
      200: { description: 'Enrolled', schema: recoveryCodesSchema },
      400: { description: 'Wrong code (`totp_invalid`)', schema: null },
      409: { description: 'Not started, or already enrolled', schema: null },
    },
  }),
  listMembers: operation({
    method: 'get',
    path: '/api/staff/members',
    auth: 'staff:manager',
    summary: 'Staff members: every one for an admin; for a manager, those of their stores',
    tags,
    responses: { 200: { description: 'Members', schema: z.object({ members: z.array(memberSchema) }) } },
  }),
  invite: operation({
    method: 'post',
    path: '/api/staff/members',
    auth: 'staff:manager',
    summary:
      'Invites a staff member: an admin any role for any store, a manager associates of their own stores. Answers the one-time set-password link (also e-mailed through the outbox)',
    tags,
    body: inviteBodySchema,
    responses: {
      201: { description: 'Invited', schema: invitedSchema },
      403: { description: 'A role or store the caller may not give', schema: null },
      409: { description: 'The e-mail is taken (`staff_email_taken`)', schema: null },
    },
  }),
  removeMember: operation({
    method: 'delete',
    path: '/api/staff/members/{staffId}',
    auth: 'staff:manager',
    summary: 'Removes a staff member: their sessions end at once; their audit entries are kept',
    tags,
    params: memberParamsSchema,
    responses: { 200: { description: 'Removed', schema: z.object({ status: z.literal('removed') }) }, 404: notFound },
  }),
  listSessions: operation({
    method: 'get',
    path: '/api/staff/members/{staffId}/sessions',
    auth: 'staff:associate',
    summary: "A member's live sessions: one's own, or (managers, admins) those of members they manage",
    tags,
    params: memberParamsSchema,
    responses: {
      200: { description: 'Sessions', schema: z.object({ sessions: z.array(sessionSchema) }) },
      404: notFound,
    },
  }),
  revokeSession: operation({
    method: 'delete',
    path: '/api/staff/members/{staffId}/sessions/{sessionId}',
    auth: 'staff:associate',
    summary: 'Ends one of those sessions (a lost tablet)',
    tags,
    params: sessionParamsSchema,
    responses: { 200: { description: 'Ended', schema: z.object({ status: z.literal('revoked') }) }, 404: notFound },
  }),
  audit: operation({
    method: 'get',
    path: '/api/staff/audit',
    auth: 'staff:admin',
    summary: 'The staff audit log, newest first (who, role, store, what, before/after, when)',
    tags,
    query: auditQuerySchema,
    responses: { 200: { description: 'A page of entries', schema: auditPageSchema } },
  }),
};
