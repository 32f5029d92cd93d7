'use client';

import { useQueryClient } from '@tanstack/react-query';
import { signOut } from 'next-auth/react';
import type { z } from 'zod';
import { ApiError, apiFetch } from '@/lib/http/client-fetch';
import { useSubmit } from '@/lib/http/use-submit';
import { documentLocale, useLocalePath } from '@/lib/i18n/client';
import { localePath, splitLocale } from '@/lib/i18n/locale-path';
import { forgetPersonalData } from '@/lib/pwa/client';
import { safeCallback } from './safe-callback';
import type { signUpBodySchema, signUpResponseSchema } from './schema';

/**
 * Posts a credentials sign-in to next-auth, as its client's `signIn` does, but without first
 * asking for the provider list: that client sends the browser to an error page when the list
 * cannot be fetched (offline), where this fails with the network error the form shows. The answer
 * names the outcome in its `url` (`?error=…&code=…`), also on a 429.
 */
async function credentialsSignIn(provider: 'password' | 'phone', fields: Record<string, string>) {
  const { csrfToken } = await apiFetch<{ csrfToken: string }>('/api/auth/csrf');
  const response = await fetch(`/api/auth/callback/${provider}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-auth-return-redirect': '1' },
    body: new URLSearchParams({ ...fields, csrfToken, callbackUrl: window.location.href }),
  });
  const answer = (await response.json().catch(() => null)) as { url?: string } | null;
  // Not next-auth's answer (the database out of reach, a proxy's error page): a failure, not a refusal.
  if (!answer?.url) throw new ApiError(response.status, 'http_error', response.statusText);
  const url = new URL(answer.url, window.location.origin);
  const error = url.searchParams.get('error');
  return { ok: response.ok && !error, code: url.searchParams.get('code') ?? undefined };
}

/**
 * Where sign-in leads: the callback if it is ours, in the locale of the page signing in unless it
 * names one (a callback from a server redirect may be unprefixed), else the account page.
 */
function afterSignIn(callbackUrl: string | undefined): string {
  const url = new URL(safeCallback(callbackUrl));
  const path = `${url.pathname}${url.search}${url.hash}`;
  return splitLocale(path).locale ? url.href : new URL(localePath(documentLocale(), path), url.origin).href;
}

/**
 * Signs in through next-auth's password provider. On success the page is loaded afresh
 * at the callback, so the header, the bag (which now merges the guest bag) and the
 * session all start clean.
 */
export async function signInWithPassword(
  email: string,
  password: string,
  callbackUrl: string | undefined,
): Promise<'ok' | 'rate_limited' | 'invalid'> {
  const result = await credentialsSignIn('password', { email, password });
  if (result.ok) {
    window.location.assign(afterSignIn(callbackUrl));
    return 'ok';
  }
  return result.code === 'rate_limited' ? 'rate_limited' : 'invalid';
}

/** Signs in through next-auth's phone provider with the texted code (a new number gets an account). */
export async function signInWithPhone(
  input: { phone: string; code: string; name?: string },
  callbackUrl: string | undefined,
): Promise<'ok' | 'rate_limited' | 'code_locked' | 'invalid'> {
  const result = await credentialsSignIn('phone', input);
  if (result.ok) {
    window.location.assign(afterSignIn(callbackUrl));
    return 'ok';
  }
  return result.code === 'rate_limited' || result.code === 'code_locked' ? result.code : 'invalid';
}

/** Password sign-in as a mutation; a network failure is its error, a refusal its result. */
export function usePasswordSignIn(callbackUrl: string | undefined) {
  return useSubmit({
    mutationFn: (input: { email: string; password: string }) =>
      signInWithPassword(input.email, input.password, callbackUrl),
  });
}

/** Phone sign-in as a mutation; a network failure is its error, a refusal its result. */
export function usePhoneSignIn(callbackUrl: string | undefined) {
  return useSubmit({
    mutationFn: (input: { phone: string; code: string; name?: string }) => signInWithPhone(input, callbackUrl),
  });
}

export function signUp(body: z.input<typeof signUpBodySchema>) {
  return apiFetch<z.infer<typeof signUpResponseSchema>>('/api/account/signup', { method: 'POST', json: body });
}

/** Makes the account, then signs in with it (a full page load on success). */
export function useSignUp(callbackUrl: string | undefined) {
  return useSubmit({
    mutationFn: async (body: z.input<typeof signUpBodySchema>) => {
      await signUp(body);
      return signInWithPassword(body.email, body.password, callbackUrl);
    },
  });
}

export function deleteAccount() {
  return apiFetch<unknown>('/api/account', { method: 'DELETE', json: { confirm: true } });
}

/** Deletes the account and everything of it this browser holds, then starts afresh at home. */
export function useDeleteAccount() {
  const qc = useQueryClient();
  const home = useLocalePath()('/');
  return useSubmit({
    mutationFn: deleteAccount,
    onSuccess: async () => {
      qc.clear();
      await forgetPersonalData();
      // A full load: nothing of the deleted account survives in memory.
      window.location.assign(home);
    },
  });
}

/** Signs out and forgets everything of the account this browser holds, then starts afresh at home. */
export function useSignOut() {
  const qc = useQueryClient();
  const home = useLocalePath()('/');
  return useSubmit({
    mutationFn: async () => {
      qc.clear();
      await forgetPersonalData();
      await signOut({ redirect: false });
      // A full load on purpose: nothing of the previous account survives in memory.
      window.location.assign(home);
    },
  });
}
