'use client';

import { useSubmit } from '@/lib/http/use-submit';
import type { z } from 'zod';
import { apiFetch } from '@/lib/http/client-fetch';
import type { changePasswordBodySchema, resetPasswordBodySchema } from './schema';

/* Forgot password, reset, profile and password change: the browser side. */

export function requestPasswordReset(email: string) {
  return apiFetch<{ status: 'ok' }>('/api/account/password-reset', { method: 'POST', json: { email } });
}

export function confirmPasswordReset(body: z.input<typeof resetPasswordBodySchema>) {
  return apiFetch<{ status: 'ok' }>('/api/account/password-reset/confirm', { method: 'POST', json: body });
}

export function updateProfile(name: string) {
  return apiFetch<{ name: string }>('/api/account/profile', { method: 'PATCH', json: { name } });
}

export function changePassword(body: z.input<typeof changePasswordBodySchema>) {
  return apiFetch<{ status: 'ok' }>('/api/account/password', { method: 'PUT', json: body });
}

export const useRequestPasswordReset = () => useSubmit({ mutationFn: requestPasswordReset });
export const useConfirmPasswordReset = () => useSubmit({ mutationFn: confirmPasswordReset });
export const useUpdateProfile = () => useSubmit({ mutationFn: updateProfile });
export const useChangePassword = () => useSubmit({ mutationFn: changePassword });
