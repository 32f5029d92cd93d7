'use client';

import { signIn } from 'next-auth/react';
import { safeCallback } from './safe-callback';

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
  const result = await signIn('password', { email, password, redirect: false });
  if (result?.ok && !result.error) {
    window.location.assign(safeCallback(callbackUrl));
    return 'ok';
  }
  return result?.code === 'rate_limited' ? 'rate_limited' : 'invalid';
}

/** Signs in through next-auth's phone provider with the texted code (a new number gets an account). */
export async function signInWithPhone(
  input: { phone: string; code: string; name?: string },
  callbackUrl: string | undefined,
): Promise<'ok' | 'rate_limited' | 'code_locked' | 'invalid'> {
  const result = await signIn('phone', { ...input, redirect: false });
  if (result?.ok && !result.error) {
    window.location.assign(safeCallback(callbackUrl));
    return 'ok';
  }
  return result?.code === 'rate_limited' || result?.code === 'code_locked' ? result.code : 'invalid';
}
