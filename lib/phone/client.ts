'use client';

import { useEffect, useState } from 'react';
import { ApiError, apiFetch } from '@/lib/http/client-fetch';
import { networkFailure, useSubmit } from '@/lib/http/use-submit';
import type { MessageKey } from '@/lib/i18n/translate';
import type { PhoneStartBody } from './schema';

export type PhoneProblem = { key: MessageKey; vars?: Record<string, string | number> };

/** What to tell the shopper about a failed code request or check. */
export function phoneProblem(error: unknown): PhoneProblem {
  const failure = networkFailure(error);
  if (failure) return { key: failure === 'offline' ? 'forms.offline' : 'forms.unreachable' };
  if (!(error instanceof ApiError)) return { key: 'phone.failed' };
  const seconds = error.retryAfterSeconds ?? 30;
  switch (error.code) {
    case 'invalid_request':
      return error.details.fields && 'code' in (error.details.fields as object)
        ? { key: 'phone.wrongCode' }
        : { key: 'phone.invalidPhone' };
    case 'resend_too_soon':
      return { key: 'phone.tooSoon', vars: { seconds } };
    case 'rate_limited':
      return { key: 'phone.tooMany' };
    case 'code_locked':
      return { key: 'phone.locked' };
    case 'code_invalid':
      return typeof error.details.attemptsLeft === 'number'
        ? { key: 'phone.wrongCode', vars: { attemptsLeft: error.details.attemptsLeft } }
        : { key: 'phone.wrongCode' };
    default:
      return { key: 'phone.failed' };
  }
}

export function sendPhoneCode(body: PhoneStartBody) {
  return apiFetch<{ resendAfterSeconds: number }>('/api/account/phone/start', { method: 'POST', json: body });
}

export function verifyPhoneCode(phone: string, code: string) {
  return apiFetch<{ phone: string }>('/api/account/phone/verify', { method: 'POST', json: { phone, code } });
}

export function unlinkPhone() {
  return apiFetch<{ phone: null }>('/api/account/phone', { method: 'DELETE' });
}

export function useSendPhoneCode() {
  return useSubmit({ mutationFn: sendPhoneCode });
}

export function useVerifyPhoneCode() {
  return useSubmit({
    mutationFn: (input: { phone: string; code: string }) => verifyPhoneCode(input.phone, input.code),
  });
}

export function useUnlinkPhone() {
  return useSubmit({ mutationFn: unlinkPhone });
}

/** Seconds left until `until` (ms since epoch), ticking once a second; 0 when passed. */
export function useCountdown(until: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until <= Date.now()) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return Math.max(0, Math.ceil((until - now) / 1000));
}
