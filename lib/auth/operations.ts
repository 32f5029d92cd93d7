import { z } from 'zod';
import { signUpBodySchema, signUpResponseSchema } from '@/lib/auth/schema';
import {
  phoneStartBodySchema,
  phoneStartResponseSchema,
  phoneVerifyBodySchema,
  phoneVerifyResponseSchema,
} from '@/lib/phone/schema';
import { deleteAccountBodySchema, deletedResponseSchema } from '@/lib/privacy/schema';
import type { Operation } from '@/lib/http/openapi';

export const accountOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/account/signup',
    summary: 'Create an account (the answer does not reveal whether the e-mail was known)',
    tags: ['account'],
    body: signUpBodySchema,
    responses: { 201: { description: 'Accepted', schema: signUpResponseSchema } },
  },
  {
    method: 'post',
    path: '/api/account/phone/start',
    summary: 'Send a one-time code by SMS, to link a phone (signed in) or to sign in with it; 202 whatever the phone',
    tags: ['account'],
    body: phoneStartBodySchema,
    responses: {
      202: { description: 'Sent (the same answer for known and unknown phones)', schema: phoneStartResponseSchema },
      429: {
        description: 'resend_too_soon (30 s cool-down) or rate_limited (per phone and per address)',
        schema: null,
      },
    },
  },
  {
    method: 'post',
    path: '/api/account/phone/verify',
    summary: 'Link the phone to the signed-in account with its code; it leaves any other account; the session rotates',
    tags: ['account'],
    body: phoneVerifyBodySchema,
    responses: {
      200: { description: 'Linked', schema: phoneVerifyResponseSchema },
      400: { description: 'code_invalid: wrong or expired (attemptsLeft)', schema: null },
      429: {
        description:
          'code_locked: five wrong codes (Retry-After: when a new one may be asked for), or 20 guesses at this phone today (Retry-After: when the day is up)',
        schema: null,
      },
    },
  },
  {
    method: 'delete',
    path: '/api/account/phone',
    summary: "Unlink the account's phone; its in-store orders leave the order history",
    tags: ['account'],
    responses: { 200: { description: 'Unlinked', schema: z.object({ phone: z.null() }) } },
  },
  {
    method: 'get',
    path: '/api/account/export',
    summary: 'Download my data: profile, orders (in-store ones of the verified phone included) and cart, as JSON',
    tags: ['account'],
    responses: { 200: { description: 'An attachment', schema: null } },
  },
  {
    method: 'delete',
    path: '/api/account',
    summary: 'Delete my account: signed out everywhere, personal data erased, orders kept anonymised',
    tags: ['account'],
    body: deleteAccountBodySchema,
    responses: { 200: { description: 'Deleted', schema: deletedResponseSchema } },
  },
  {
    method: 'get',
    path: '/api/auth/csrf',
    summary: "next-auth's CSRF token, required by the sign-in and sign-out posts",
    tags: ['account'],
    responses: { 200: { description: '{ csrfToken }', schema: z.object({ csrfToken: z.string() }) } },
  },
  {
    method: 'post',
    path: '/api/auth/callback/password',
    summary: 'Sign in with e-mail and password (form-encoded: csrfToken, email, password); sets the session cookie',
    tags: ['account'],
    responses: { 302: { description: 'Signed in, or redirected with error=CredentialsSignin', schema: null } },
  },
  {
    method: 'post',
    path: '/api/auth/callback/phone',
    summary:
      'Sign in with a phone and the code from /api/account/phone/start (purpose sign_in); form-encoded: csrfToken, phone, code, name? (names a new account)',
    tags: ['account'],
    responses: {
      302: { description: 'Signed in (a phone with no account gets one), or error=CredentialsSignin', schema: null },
    },
  },
  {
    method: 'post',
    path: '/api/auth/signout',
    summary: 'Sign out (form-encoded: csrfToken); the server session is revoked everywhere',
    tags: ['account'],
    responses: { 302: { description: 'Signed out', schema: null } },
  },
  {
    method: 'get',
    path: '/api/auth/session',
    summary: 'The current session, or null',
    tags: ['account'],
    responses: { 200: { description: 'Session', schema: null } },
  },
];
