'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { Button, buttonClass } from '@/components/ui/button';
import { FormError, TextField } from '@/components/ui/text-field';
import { ApiError } from '@/lib/http/client-fetch';
import { submitFailureMessage } from '@/lib/http/use-submit';
import { useI18n } from '@/lib/i18n/client';
import { useSetStaffPassword } from '@/lib/staff/client';

/** The new password twice, for the one-time link's token. */
export function SetPasswordForm({ token }: { token: string }) {
  const { t } = useI18n();
  const setPassword = useSetStaffPassword();
  const [mismatch, setMismatch] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    if (password.length < 10) return setMismatch(t('staffSetPassword.tooShort'));
    if (password !== String(form.get('confirm') ?? '')) return setMismatch(t('staffSetPassword.mismatch'));
    setMismatch(null);
    setPassword.submit({ token, password });
  }

  if (setPassword.isSuccess) {
    return (
      <div className="space-y-4">
        <p role="status">{t('staffSetPassword.done')}</p>
        <Link prefetch={false} href="/staff/sign-in" className={buttonClass({}, 'inline-block')}>
          {t('staffSetPassword.signIn')}
        </Link>
      </div>
    );
  }
  const refused = setPassword.error instanceof ApiError && setPassword.error.code === 'reset_link_invalid';
  const message =
    mismatch ??
    (setPassword.isError
      ? refused
        ? t('staffSetPassword.invalid')
        : submitFailureMessage(t, setPassword.error, 'staffSetPassword.error')
      : null);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {message && <FormError id="set-password-error">{message}</FormError>}
      <TextField
        label={t('staffSetPassword.password')}
        hint={t('staffSetPassword.hint')}
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={10}
        required
        errorId={mismatch ? 'set-password-error' : undefined}
      />
      <TextField
        label={t('staffSetPassword.confirm')}
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        errorId={mismatch ? 'set-password-error' : undefined}
      />
      <Button type="submit" disabled={setPassword.isPending} className="w-full">
        {t('staffSetPassword.submit')}
      </Button>
    </form>
  );
}
