'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormError, TextField } from '@/components/ui/text-field';
import { ApiError } from '@/lib/http/client-fetch';
import { submitFailureMessage } from '@/lib/http/use-submit';
import { useI18n } from '@/lib/i18n/client';
import type { MessageKey } from '@/lib/i18n/translate';
import { useStaffSignIn } from '@/lib/staff/client';

const REFUSALS: Record<string, MessageKey> = {
  staff_sign_in_failed: 'staffSignIn.failed',
  totp_required: 'staffSignIn.codeNeeded',
  totp_invalid: 'staffSignIn.codeWrong',
  rate_limited: 'staffSignIn.rateLimited',
};

/** E-mail and password; then, for an enrolled member, the authenticator code in the same form. */
export function StaffSignInForm() {
  const { t } = useI18n();
  const signIn = useStaffSignIn();
  const [needsCode, setNeedsCode] = useState(false);
  const code = signIn.error instanceof ApiError ? signIn.error.code : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      ...(needsCode ? { code: String(form.get('code') ?? '') } : {}),
    };
    signIn.submit(body, {
      // A full load: the console's shell (its nav, the member's name) is rendered from the new cookie.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      onSuccess: () => window.location.assign('/staff'),
      onError: (error) => {
        if (error instanceof ApiError && (error.code === 'totp_required' || error.code === 'totp_invalid'))
          setNeedsCode(true);
      },
    });
  }

  const message = signIn.isError
    ? code && REFUSALS[code]
      ? t(REFUSALS[code])
      : submitFailureMessage(t, signIn.error, 'staffSignIn.error')
    : null;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {message && <FormError id="staff-sign-in-error">{message}</FormError>}
      <TextField label={t('staffSignIn.email')} name="email" type="email" autoComplete="username" required />
      <TextField
        label={t('staffSignIn.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      {needsCode && (
        <TextField
          label={t('staffSignIn.code')}
          hint={t('staffSignIn.codeHint')}
          name="code"
          autoComplete="one-time-code"
          inputMode="text"
          autoFocus
          required
          errorId={code === 'totp_invalid' ? 'staff-sign-in-error' : undefined}
        />
      )}
      <Button type="submit" disabled={signIn.isPending} className="w-full">
        {t('staffSignIn.submit')}
      </Button>
    </form>
  );
}
