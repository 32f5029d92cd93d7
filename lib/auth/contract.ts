import { z } from 'zod';
import {
  changePasswordBodySchema,
  forgotPasswordBodySchema,
  profileBodySchema,
  resetPasswordBodySchema,
  signInSchema,
  signUpBodySchema,
  signUpResponseSchema,
  statusResponseSchema,
} from '@/lib/auth/schema';
import { addressInputSchema, addressListSchema, addressParamsSchema, addressSchema } from '@/lib/addresses/schema';
import {
  phoneSignInSchema,
  phoneStartBodySchema,
  phoneStartResponseSchema,
  phoneVerifyBodySchema,
  phoneVerifyResponseSchema,
} from '@/lib/phone/schema';
import { deleteAccountBodySchema, deletedResponseSchema } from '@/lib/privacy/schema';
import { operation } from '@/lib/http/operation';
import { errorSchema } from '@/lib/http/openapi-document';

const nextAuthForm = {
  csrfToken: z.string().describe('From GET /api/auth/csrf (its cookie must come along)'),
  callbackUrl: z.string().optional().describe('Where to go after: a path on this site'),
};

/** next-auth's own answers to a credentials callback; the 429 comes first, from lib/auth/sign-in-limits.ts. */
const credentialsResponses = {
  200: {
    description:
      "With `X-Auth-Return-Redirect: 1` (what the site's forms send): `{ url }`, which carries `error=CredentialsSignin` when refused",
    schema: z.object({ url: z.string() }),
  },
  302: {
    description: 'Without that header: to callbackUrl when signed in, else with error=CredentialsSignin',
    schema: null,
  },
  413: { description: 'payload_too_large: the form is over 64 KB', schema: null },
  429: {
    description:
      'rate_limited: too many sign-in attempts (Retry-After says when to try again); `url` is the error page the client shows',
    schema: errorSchema.extend({ url: z.string() }),
  },
};

export const accountContract = {
  signUp: operation({
    method: 'post',
    path: '/api/account/signup',
    auth: 'none',
    summary: 'Create an account (the answer does not reveal whether the e-mail was known)',
    tags: ['account'],
    body: signUpBodySchema,
    responses: { 201: { description: 'Accepted', schema: signUpResponseSchema } },
  }),
  requestPasswordReset: operation({
    method: 'post',
    path: '/api/account/password-reset',
    auth: 'none',
    summary:
      'Forgot password: e-mails a single-use link valid 30 minutes; 202 whether or not the e-mail has an account',
    tags: ['account'],
    body: forgotPasswordBodySchema,
    responses: {
      202: {
        description: 'Accepted (the same answer, after the same minimum time, for unknown e-mails)',
        schema: statusResponseSchema,
      },
      429: { description: 'rate_limited: 3 an hour per e-mail, 10 per address (Retry-After)', schema: null },
    },
  }),
  confirmPasswordReset: operation({
    method: 'post',
    path: '/api/account/password-reset/confirm',
    auth: 'none',
    summary: "Set a new password with the link's token; the token is spent and every session of the account ends",
    tags: ['account'],
    body: resetPasswordBodySchema,
    responses: {
      200: { description: 'Password set', schema: statusResponseSchema },
      400: { description: 'reset_link_invalid: unknown, used or expired token', schema: null },
    },
  }),
  editProfile: operation({
    method: 'patch',
    path: '/api/account/profile',
    auth: 'user',
    signIn: 'Sign in to edit your profile',
    summary: "Edit the account's name",
    tags: ['account'],
    body: profileBodySchema,
    responses: { 200: { description: 'Saved', schema: profileBodySchema } },
  }),
  changePassword: operation({
    method: 'put',
    path: '/api/account/password',
    auth: 'user',
    signIn: 'Sign in to change your password',
    summary:
      'Change the password (the current one required); every other session of the account ends and every reset link still out is spent',
    tags: ['account'],
    body: changePasswordBodySchema,
    responses: {
      200: { description: 'Changed', schema: statusResponseSchema },
      422: { description: 'current_password_wrong, or a new password that breaks the rules', schema: null },
    },
  }),
  listAddresses: operation({
    method: 'get',
    path: '/api/account/addresses',
    auth: 'user',
    signIn: 'Sign in to see your addresses',
    summary: "The account's address book, the default first",
    tags: ['account'],
    responses: { 200: { description: 'Addresses', schema: addressListSchema } },
  }),
  addAddress: operation({
    method: 'post',
    path: '/api/account/addresses',
    auth: 'user',
    signIn: 'Sign in to save an address',
    summary: 'Save an address (the first, or one with isDefault, becomes the default)',
    tags: ['account'],
    body: addressInputSchema,
    responses: {
      201: { description: 'Saved', schema: addressSchema },
      409: { description: 'address_book_full: 20 addresses already', schema: null },
    },
  }),
  updateAddress: operation({
    method: 'put',
    path: '/api/account/addresses/{id}',
    auth: 'user',
    signIn: 'Sign in to edit an address',
    summary: "Replace one of the caller's addresses",
    tags: ['account'],
    params: addressParamsSchema,
    body: addressInputSchema,
    responses: {
      200: { description: 'Saved', schema: addressSchema },
      404: { description: 'No such address of this account', schema: null },
    },
  }),
  deleteAddress: operation({
    method: 'delete',
    path: '/api/account/addresses/{id}',
    auth: 'user',
    signIn: 'Sign in to delete an address',
    summary: "Delete one of the caller's addresses (the newest remaining becomes the default)",
    tags: ['account'],
    params: addressParamsSchema,
    responses: {
      200: { description: 'Deleted', schema: z.object({ status: z.literal('deleted') }) },
      404: { description: 'No such address of this account', schema: null },
    },
  }),
  startPhone: operation({
    method: 'post',
    path: '/api/account/phone/start',
    // Linking needs the signed-in account; signing in with the phone, no one.
    auth: { accepts: ['none', 'user'], of: ({ body }) => (body.purpose === 'link' ? 'user' : 'none') },
    signIn: 'Sign in to link a phone',
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
  }),
  verifyPhone: operation({
    method: 'post',
    path: '/api/account/phone/verify',
    auth: 'user',
    signIn: 'Sign in to link a phone',
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
  }),
  unlinkPhone: operation({
    method: 'delete',
    path: '/api/account/phone',
    auth: 'user',
    signIn: 'Sign in to manage your phone',
    summary: "Unlink the account's phone; its in-store orders leave the order history",
    tags: ['account'],
    responses: { 200: { description: 'Unlinked', schema: z.object({ phone: z.null() }) } },
  }),
  exportData: operation({
    method: 'get',
    path: '/api/account/export',
    auth: 'user',
    signIn: 'Sign in to download your data',
    summary: 'Download my data: profile, orders (in-store ones of the verified phone included) and cart, as JSON',
    tags: ['account'],
    responses: { 200: { description: 'An attachment', schema: null } },
  }),
  deleteAccount: operation({
    method: 'delete',
    path: '/api/account',
    auth: 'user',
    signIn: 'Sign in to delete your account',
    summary: 'Delete my account: signed out everywhere, personal data erased, orders kept anonymised',
    tags: ['account'],
    body: deleteAccountBodySchema,
    responses: { 200: { description: 'Deleted', schema: deletedResponseSchema } },
  }),
};

/**
 * next-auth's own routes, all served by its one catch-all handler (app/api/auth/[...nextauth]),
 * not by route(): documented here, and listed by name in tests/unit/openapi.test.ts.
 */
export const nextAuthContract = {
  csrf: operation({
    method: 'get',
    path: '/api/auth/csrf',
    auth: 'none',
    summary: "next-auth's CSRF token, required by the sign-in and sign-out posts",
    tags: ['account'],
    responses: { 200: { description: '{ csrfToken }', schema: z.object({ csrfToken: z.string() }) } },
  }),
  passwordSignIn: operation({
    method: 'post',
    path: '/api/auth/callback/password',
    auth: 'none',
    summary: 'Sign in with e-mail and password; sets the session cookie',
    tags: ['account'],
    form: signInSchema.extend(nextAuthForm),
    responses: credentialsResponses,
  }),
  phoneSignIn: operation({
    method: 'post',
    path: '/api/auth/callback/phone',
    auth: 'none',
    summary:
      'Sign in with a phone and the code from /api/account/phone/start (purpose sign_in); `name` names a new account',
    tags: ['account'],
    form: phoneSignInSchema.extend(nextAuthForm),
    responses: {
      ...credentialsResponses,
      302: { description: 'Signed in (a phone with no account gets one), or error=CredentialsSignin', schema: null },
    },
  }),
  signOut: operation({
    method: 'post',
    path: '/api/auth/signout',
    auth: 'shopper',
    summary: 'Sign out (form-encoded: csrfToken); the server session is revoked everywhere',
    tags: ['account'],
    responses: { 302: { description: 'Signed out', schema: null } },
  }),
  session: operation({
    method: 'get',
    path: '/api/auth/session',
    auth: 'shopper',
    summary: 'The current session, or null',
    tags: ['account'],
    responses: { 200: { description: 'Session', schema: null } },
  }),
};
